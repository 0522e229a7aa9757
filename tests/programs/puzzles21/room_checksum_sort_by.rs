// AoC 2016 day 4: a room is real when its checksum is its five most common letters (ties alphabetical); decrypt by shifting.
use std::collections::HashMap;

const INPUT: &str = "aaaaa-bbb-z-y-x-123[abxyz]
a-b-c-d-e-f-g-h-987[abcde]
not-a-real-room-404[oarel]
totally-real-room-200[decoy]
qzmt-zixmtkozy-ivhz-343[zimth]";

fn parse(line: &str) -> (&str, u32, &str) {
    let open = line.find('[').unwrap();
    let checksum = &line[open + 1..line.len() - 1];
    let dash = line[..open].rfind('-').unwrap();
    let sector = line[dash + 1..open].parse().unwrap();
    (&line[..dash], sector, checksum)
}

fn checksum(name: &str) -> String {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in name.chars().filter(|c| *c != '-') {
        *counts.entry(c).or_insert(0) += 1;
    }
    let mut pairs: Vec<(char, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    pairs.iter().take(5).map(|(c, _)| *c).collect()
}

fn decrypt(name: &str, sector: u32) -> String {
    name.chars()
        .map(|c| match c {
            '-' => ' ',
            _ => (((c as u8 - b'a') as u32 + sector) % 26) as u8 as char,
        })
        .map(|c| if c == ' ' { c } else { (c as u8 + b'a') as char })
        .collect()
}

fn main() {
    let mut total = 0;
    for line in INPUT.lines() {
        let (name, sector, sum) = parse(line);
        let real = checksum(name) == sum;
        println!("{:<28} {:>4} {} {}", name, sector, sum, if real { "real" } else { "decoy" });
        if real {
            total += sector;
            println!("  -> {}", decrypt(name, sector));
        }
    }
    println!("sum of sectors: {}", total);
}
// expect: aaaaa-bbb-z-y-x               123 abxyz real
// expect:   -> ttttt uuu s r q
// expect: a-b-c-d-e-f-g-h               987 abcde real
// expect:   -> z a b c d e f g
// expect: not-a-real-room               404 oarel real
// expect:   -> bch o fsoz fcca
// expect: totally-real-room             200 decoy decoy
// expect: qzmt-zixmtkozy-ivhz           343 zimth real
// expect:   -> very encrypted name
// expect: sum of sectors: 1857

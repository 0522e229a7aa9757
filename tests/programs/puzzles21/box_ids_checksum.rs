// AoC 2018 day 2: count ids with a letter exactly twice or thrice; find the two ids differing by one letter.
const INPUT: &str = "abcdef
bababc
abbcde
abcccd
aabcdd
abcdee
ababab
fghij
fguij";

fn letter_counts(id: &str) -> [u8; 26] {
    let mut counts = [0u8; 26];
    for b in id.bytes() {
        counts[(b - b'a') as usize] += 1;
    }
    counts
}

fn common(a: &str, b: &str) -> Option<String> {
    let differing = a.chars().zip(b.chars()).filter(|(x, y)| x != y).count();
    if differing == 1 {
        Some(a.chars().zip(b.chars()).filter(|(x, y)| x == y).map(|(x, _)| x).collect())
    } else {
        None
    }
}

fn main() {
    let ids: Vec<&str> = INPUT.lines().collect();
    let mut twos = 0;
    let mut threes = 0;
    for id in &ids {
        let counts = letter_counts(id);
        if counts.contains(&2) {
            twos += 1;
        }
        if counts.contains(&3) {
            threes += 1;
        }
    }
    println!("checksum: {} * {} = {}", twos, threes, twos * threes);
    'outer: for i in 0..ids.len() {
        for j in i + 1..ids.len() {
            if let Some(same) = common(ids[i], ids[j]) {
                println!("common letters: {}", same);
                break 'outer;
            }
        }
    }
}
// expect: checksum: 4 * 3 = 12
// expect: common letters: abcde

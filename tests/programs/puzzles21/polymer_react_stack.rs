// AoC 2018 day 5: react a polymer with a stack of bytes; try removing each unit type and keep the shortest.
const INPUT: &str = "dabAcCaCBAcCcaDA";

fn react(units: impl Iterator<Item = u8>) -> usize {
    let mut stack: Vec<u8> = Vec::new();
    for u in units {
        match stack.last() {
            Some(&top) if top != u && top.eq_ignore_ascii_case(&u) => {
                stack.pop();
            }
            _ => stack.push(u),
        }
    }
    stack.len()
}

fn main() {
    println!("part 1: {}", react(INPUT.bytes()));
    let best = (b'a'..=b'z')
        .map(|t| (t as char, react(INPUT.bytes().filter(|b| b.to_ascii_lowercase() != t))))
        .min_by_key(|&(_, len)| len)
        .unwrap();
    println!("part 2: remove {} -> {}", best.0, best.1);
}
// expect: part 1: 10
// expect: part 2: remove c -> 4

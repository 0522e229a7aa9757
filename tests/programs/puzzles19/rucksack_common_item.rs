// Each line split in half; the common byte found with a HashSet of the first half; priorities summed.
use std::collections::HashSet;

const INPUT: &str = "vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg";

fn priority(b: u8) -> u32 {
    if b.is_ascii_lowercase() {
        (b - b'a' + 1) as u32
    } else {
        (b - b'A' + 27) as u32
    }
}

fn main() {
    let mut sum = 0;
    for line in INPUT.lines() {
        let (left, right) = line.split_at(line.len() / 2);
        let seen: HashSet<u8> = left.bytes().collect();
        let common = right.bytes().find(|b| seen.contains(b)).unwrap();
        println!("{} -> {}", common as char, priority(common));
        sum += priority(common);
    }
    println!("sum {}", sum);
}
// expect: p -> 16
// expect: L -> 38
// expect: P -> 42
// expect: sum 96

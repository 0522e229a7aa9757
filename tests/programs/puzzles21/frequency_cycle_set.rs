// AoC 2018 day 1: sum of frequency changes, and the first running total reached twice cycling the list.
use std::collections::HashSet;

const INPUT: &str = "+7\n+7\n-2\n-7\n-4";

fn main() {
    let changes: Vec<i64> = INPUT.lines().map(|l| l.parse::<i64>().unwrap()).collect();
    println!("part 1: {}", changes.iter().sum::<i64>());
    let mut seen = HashSet::new();
    let mut freq = 0;
    seen.insert(freq);
    for (step, c) in changes.iter().cycle().enumerate() {
        freq += c;
        if !seen.insert(freq) {
            println!("part 2: {} after {} steps", freq, step + 1);
            break;
        }
    }
}
// expect: part 1: 1
// expect: part 2: 14 after 13 steps

// Scratchcards: winning and held numbers as HashSets; intersection().count(); copies added with a Vec of counts.
use std::collections::HashSet;

fn main() {
    let input = "Card 1: 41 48 83 86 17 | 83 86  6 31 17  9 48 53
Card 2: 13 32 20 16 61 | 61 30 68 82 17 32 24 19
Card 3:  1 21 53 59 44 | 69 82 63 72 16 21 14  1
Card 4: 41 92 73 84 69 | 59 84 76 51 58  5 54 83";
    let matches: Vec<usize> = input
        .lines()
        .map(|line| {
            let (_, numbers) = line.split_once(": ").unwrap();
            let (win, have) = numbers.split_once(" | ").unwrap();
            let win: HashSet<u32> = win.split_whitespace().map(|n| n.parse().unwrap()).collect();
            let have: HashSet<u32> = have.split_whitespace().map(|n| n.parse().unwrap()).collect();
            win.intersection(&have).count()
        })
        .collect();
    let points: u32 = matches.iter().map(|&m| if m == 0 { 0 } else { 1 << (m - 1) }).sum();
    let mut copies = vec![1u32; matches.len()];
    for (i, &m) in matches.iter().enumerate() {
        for j in i + 1..=(i + m).min(matches.len() - 1) {
            copies[j] += copies[i];
        }
    }
    println!("{points} {}", copies.iter().sum::<u32>());
}
// expect: 13 15

// Crab combat (AoC 2020 day 22): two VecDeque decks played until one is empty, scored with rev, enumerate and sum.
use std::collections::VecDeque;

fn score(deck: &VecDeque<u32>) -> u32 {
    deck.iter().rev().enumerate().map(|(i, c)| (i as u32 + 1) * c).sum()
}

fn main() {
    let mut p1: VecDeque<u32> = VecDeque::from(vec![9, 2, 6, 3, 1]);
    let mut p2: VecDeque<u32> = [5, 8, 4, 7, 10].into_iter().collect();
    let mut rounds = 0;
    while !p1.is_empty() && !p2.is_empty() {
        let a = p1.pop_front().unwrap();
        let b = p2.pop_front().unwrap();
        if a > b {
            p1.push_back(a);
            p1.push_back(b);
        } else {
            p2.push_back(b);
            p2.push_back(a);
        }
        rounds += 1;
    }
    let winner = if p1.is_empty() { &p2 } else { &p1 };
    println!("after {} rounds: {:?}", rounds, winner);
    println!("score {}", score(winner));
}
// expect: after 29 rounds: [3, 2, 10, 6, 8, 5, 9, 4, 7, 1]
// expect: score 306

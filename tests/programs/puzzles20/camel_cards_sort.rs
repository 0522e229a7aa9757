// Camel cards (AoC 2023 day 7): a hand's kind from counted cards matched as a slice pattern, hands sorted by an Ord enum then the cards.
use std::cmp::Ordering;
use std::collections::HashMap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Kind {
    HighCard,
    OnePair,
    TwoPair,
    Three,
    FullHouse,
    Four,
    Five,
}

#[derive(Debug)]
struct Hand {
    cards: Vec<u8>,
    bid: u32,
    kind: Kind,
}

fn card_value(c: char) -> u8 {
    match c {
        'A' => 14,
        'K' => 13,
        'Q' => 12,
        'J' => 11,
        'T' => 10,
        d => d.to_digit(10).unwrap() as u8,
    }
}

fn kind_of(cards: &[u8]) -> Kind {
    let mut counts: HashMap<u8, usize> = HashMap::new();
    for &c in cards {
        *counts.entry(c).or_default() += 1;
    }
    let mut v: Vec<usize> = counts.values().cloned().collect();
    v.sort_unstable_by(|a, b| b.cmp(a));
    match v.as_slice() {
        [5] => Kind::Five,
        [4, 1] => Kind::Four,
        [3, 2] => Kind::FullHouse,
        [3, ..] => Kind::Three,
        [2, 2, 1] => Kind::TwoPair,
        [2, ..] => Kind::OnePair,
        _ => Kind::HighCard,
    }
}

fn main() {
    let input = "32T3K 765\nT55J5 684\nKK677 28\nKTJJT 220\nQQQJA 483";
    let mut hands: Vec<Hand> = input
        .lines()
        .map(|l| {
            let (c, b) = l.split_once(' ').unwrap();
            let cards: Vec<u8> = c.chars().map(card_value).collect();
            let kind = kind_of(&cards);
            Hand { cards, bid: b.parse().unwrap(), kind }
        })
        .collect();
    hands.sort_by(|a, b| match a.kind.cmp(&b.kind) {
        Ordering::Equal => a.cards.cmp(&b.cards),
        other => other,
    });
    let mut total = 0;
    for (rank, h) in hands.iter().enumerate() {
        println!("{} {:?} {:?} {}", rank + 1, h.kind, h.cards, h.bid);
        total += (rank as u32 + 1) * h.bid;
    }
    println!("{}", total);
}
// expect: 1 OnePair [3, 2, 10, 3, 13] 765
// expect: 2 TwoPair [13, 10, 11, 11, 10] 220
// expect: 3 TwoPair [13, 13, 6, 7, 7] 28
// expect: 4 Three [10, 5, 5, 11, 5] 684
// expect: 5 Three [12, 12, 12, 11, 14] 483
// expect: 6440

// Sorting descending with sort_by_key(|x| Reverse(..)), and by two keys with a tuple key; sort is stable.
use std::cmp::Reverse;

fn main() {
    let mut hands = vec![("32T3K", 765), ("T55J5", 684), ("KK677", 28), ("KTJJT", 220), ("QQQJA", 483)];
    hands.sort_by_key(|&(_, bid)| Reverse(bid));
    println!("{:?}", hands);
    hands.sort_by_key(|(cards, _)| (cards.chars().filter(|&c| c == 'J').count(), Reverse(cards.len())));
    println!("{:?}", hands);
    let winnings: u64 = hands.iter().enumerate().map(|(i, (_, bid))| (i as u64 + 1) * bid).sum();
    println!("{winnings}");
}
// expect: [("32T3K", 765), ("T55J5", 684), ("QQQJA", 483), ("KTJJT", 220), ("KK677", 28)]
// expect: [("32T3K", 765), ("KK677", 28), ("T55J5", 684), ("QQQJA", 483), ("KTJJT", 220)]
// expect: 5905

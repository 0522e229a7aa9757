// BinaryHeap::from an array and collect both build a Vec of exactly the items first, then heapify it.
use std::collections::BinaryHeap;

fn main() {
    let a = BinaryHeap::from([3, 1, 4, 1, 5, 9, 2, 6]);
    println!("{:?}", a);
    let b: BinaryHeap<u8> = (1..=6).map(|x| x * 3 % 7).collect();
    println!("{:?}", b);
    let words = vec!["pear", "fig", "apple", "kiwi"];
    let c: BinaryHeap<String> = words.iter().map(|w| w.to_string()).collect();
    println!("{:?} {:?}", c.peek(), c);
}
// expect: [9, 6, 4, 1, 5, 3, 2, 1]
// expect: [6, 5, 4, 3, 1, 2]
// expect: Some("pear") ["pear", "kiwi", "apple", "fig"]

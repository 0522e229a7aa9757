// A heap of Reverse around a type with its own Ord: Reverse's `<=` calls the inner type's with the operands swapped.
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Word(String);

impl Ord for Word {
    fn cmp(&self, other: &Self) -> Ordering {
        println!("  cmp {} {}", self.0, other.0);
        self.0.len().cmp(&other.0.len()).then(self.0.cmp(&other.0))
    }
}

impl PartialOrd for Word {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut heap = BinaryHeap::new();
    for w in ["pear", "fig", "banana", "kiwi", "apple"] {
        println!("push {}", w);
        heap.push(Reverse(Word(w.to_string())));
    }
    while let Some(Reverse(Word(w))) = heap.pop() {
        println!("pop {}", w);
    }
}
// expect: push pear
// expect: push fig
// expect:   cmp pear fig
// expect: push banana
// expect:   cmp fig banana
// expect: push kiwi
// expect:   cmp pear kiwi
// expect:   cmp fig kiwi
// expect: push apple
// expect:   cmp kiwi apple
// expect:   cmp banana kiwi
// expect:   cmp pear apple
// expect: pop fig
// expect:   cmp banana pear
// expect:   cmp pear apple
// expect: pop kiwi
// expect:   cmp apple banana
// expect: pop pear
// expect: pop apple
// expect: pop banana

// A BTreeSet's intersection, difference, union and symmetric_difference walk both sets in key order, as std's, and collect into Vecs sized by their hints; is_subset, is_superset and is_disjoint.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<String> = "the cat and the hat sat".split_whitespace().map(|w| w.to_string()).collect();
    let b: BTreeSet<String> = "a cat in a hat".split_whitespace().map(|w| w.to_string()).collect();
    let both: Vec<&String> = a.intersection(&b).collect();
    let only_a: Vec<String> = a.difference(&b).cloned().collect();
    let all: Vec<&String> = a.union(&b).collect();
    let either: Vec<&String> = a.symmetric_difference(&b).collect();
    println!("{:?} {}", both, both.capacity());
    println!("{:?} {}", only_a, only_a.capacity());
    println!("{:?} {}", all, all.capacity());
    println!("{:?} {}", either, either.capacity());
    let small: BTreeSet<u8> = BTreeSet::from([2, 4]);
    let big: BTreeSet<u8> = (0..40).collect();
    println!("{} {} {}", small.is_subset(&big), big.is_superset(&small), small.is_disjoint(&BTreeSet::from([1, 3])));
    println!("{:?}", small.intersection(&big).collect::<Vec<&u8>>());
    println!("{:?}", big.difference(&small).count());
    println!("{:?}", small.difference(&big).collect::<Vec<&u8>>());
    let ends: BTreeSet<u8> = BTreeSet::from([4, 9]);
    println!("{:?} {:?}", small.intersection(&ends).collect::<Vec<&u8>>(), ends.difference(&small).collect::<Vec<&u8>>());
}
// expect: ["cat", "hat"] 4
// expect: ["and", "sat", "the"] 4
// expect: ["a", "and", "cat", "hat", "in", "sat", "the"] 12
// expect: ["a", "and", "in", "sat", "the"] 8
// expect: true true true
// expect: [2, 4]
// expect: 38
// expect: []
// expect: [4] [9]

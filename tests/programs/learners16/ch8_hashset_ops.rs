// HashSet of integers: insert returning false for a duplicate, contains, and a sorted intersection and union.
use std::collections::HashSet;

fn main() {
    let mut a = HashSet::new();
    println!("{} {}", a.insert(1), a.insert(1));
    a.insert(2);
    a.insert(3);
    let b: HashSet<i32> = [2, 3, 4].into_iter().collect();
    let mut common: Vec<&i32> = a.intersection(&b).collect();
    common.sort();
    let mut all: Vec<i32> = a.union(&b).cloned().collect();
    all.sort();
    println!("{:?} {:?} {}", common, all, b.contains(&4));
}
// expect: true false
// expect: [2, 3] [1, 2, 3, 4] true

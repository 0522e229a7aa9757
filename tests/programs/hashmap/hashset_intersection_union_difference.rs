// intersection, union, difference and symmetric_difference of two HashSets give references to their elements (sorted here: rustc's hash order varies run to run).
use std::collections::HashSet;

fn main() {
    let a: HashSet<i32> = [1, 2, 3, 4, 9].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    let mut both: Vec<i32> = a.intersection(&b).copied().collect();
    both.sort();
    let mut either: Vec<&i32> = a.union(&b).collect();
    either.sort();
    let mut only_a: Vec<i32> = a.difference(&b).cloned().collect();
    only_a.sort();
    let mut one_side: Vec<&i32> = a.symmetric_difference(&b).collect();
    one_side.sort();
    println!("{:?} {:?} {:?} {:?}", both, either, only_a, one_side);
    println!("{} {}", both.capacity(), either.capacity());
}
// expect: [3, 4] [1, 2, 3, 4, 5, 9] [1, 2, 9] [1, 2, 5, 9]
// expect: 4 10

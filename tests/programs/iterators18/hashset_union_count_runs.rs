// The learner's fix for a union's missing len: `count()` walks it, and collecting the union into a sorted Vec shows what it holds.
use std::collections::HashSet;

fn main() {
    let a: HashSet<i32> = [1, 2, 3].into_iter().collect();
    let b: HashSet<i32> = [3, 4].into_iter().collect();
    println!("{}", a.union(&b).count());
    let mut all: Vec<&i32> = a.union(&b).collect();
    all.sort();
    println!("{:?}", all);
}
// expect: 4
// expect: [1, 2, 3, 4]

// std::cmp::max and min, imported by name or called by path, are `v1.max(v2)`: ties go to the second for max and the first for min, and the value not returned is dropped.
use std::cmp::{max, min};

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Score(u32, &'static str);

fn main() {
    let (a, b) = (7, 3);
    println!("{} {}", max(a, b), min(a, b));
    println!("{}", std::cmp::max(-1i64, -5));
    let longest = max(String::from("pear"), String::from("apple"));
    println!("{}", longest);
    let x = 10;
    let y = 10;
    let r = min(&x, &y);
    println!("{}", r);
    println!("{:?}", max(Score(2, "first"), Score(2, "second")));
    println!("{:?}", min(Score(1, "b"), Score(1, "a")));
    let clamped = max(0, min(15, 10));
    println!("{}", clamped);
}
// expect: 7 3
// expect: -1
// expect: pear
// expect: 10
// expect: Score(2, "second")
// expect: Score(1, "a")
// expect: 10

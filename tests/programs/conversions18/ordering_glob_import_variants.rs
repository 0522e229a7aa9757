// `use std::cmp::Ordering::*;`: Less, Equal and Greater as values and in patterns, beside Ordering imported by name.
use std::cmp::Ordering::*;
use std::cmp::Ordering;
fn sign(n: i32) -> Ordering {
    if n < 0 { Less } else if n == 0 { Equal } else { Greater }
}
fn main() {
    for n in [-5, 0, 7] {
        let word = match sign(n) {
            Less => "negative",
            Equal => "zero",
            Greater => "positive",
        };
        println!("{} is {} ({:?})", n, word, sign(n));
    }
    let mut v = vec![3, 1, 2];
    v.sort_by(|a, b| match a.cmp(b) { Less => Greater, Greater => Less, Equal => Equal });
    println!("{:?}", v);
}
// expect: -5 is negative (Less)
// expect: 0 is zero (Equal)
// expect: 7 is positive (Greater)
// expect: [3, 2, 1]

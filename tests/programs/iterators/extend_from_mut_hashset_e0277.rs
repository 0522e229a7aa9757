// `a.extend(&mut b)` of a HashSet: `&mut HashSet` is not iterable, and rustc asks whether the set itself is an iterator (std's `&mut I` is one when I is), so its E0277 is at `b`, not at `&mut b`.
use std::collections::HashSet;

fn main() {
    let mut a: HashSet<i32> = HashSet::new();
    let mut b: HashSet<i32> = HashSet::new();
    b.insert(2);
    a.extend(&mut b);
    println!("{}", a.len());
}
// error: E0277 at 8:19

// chain's argument `&mut set` is not iterable: rustc's E0277 is at the set (it asks whether the set is an iterator, as `&mut I` is one when I is).
use std::collections::HashSet;

fn main() {
    let v = vec![1, 2];
    let mut b: HashSet<i32> = HashSet::new();
    b.insert(3);
    let n = v.iter().chain(&mut b).count();
    println!("{}", n);
}
// error: E0277 at 8:33

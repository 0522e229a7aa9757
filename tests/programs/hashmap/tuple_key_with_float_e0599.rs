// The twin of tuple_key_with_eq_hash_type_without_ord: a tuple with an f64 is neither Eq nor Hash, so a HashSet of them has no insert (rustc's E0599).
use std::collections::HashSet;

fn main() {
    let mut s: HashSet<(i32, f64)> = HashSet::new();
    s.insert((1, 2.0));
    println!("{}", s.len());
}
// error: E0599 at 6:7

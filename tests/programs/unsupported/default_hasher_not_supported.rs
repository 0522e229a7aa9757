// Hashing by hand with `DefaultHasher` is "not supported yet" at the use.
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
fn main() {
    let mut h = DefaultHasher::new();
    5u32.hash(&mut h);
    let _ = h.finish();
    println!("hashed");
}
// expect: hashed
// unsupported: `std::collections::hash_map::DefaultHasher` at 2:5

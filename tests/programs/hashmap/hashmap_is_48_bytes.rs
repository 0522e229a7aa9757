// A HashMap is 48 bytes whatever it holds: control pointer, bucket mask, growth left, item count and the two hasher keys.
use std::collections::{HashMap, HashSet};
use std::mem::size_of;

fn main() {
    println!("{}", size_of::<HashMap<u8, u8>>());
    println!("{}", size_of::<HashMap<String, Vec<u64>>>());
    println!("{}", size_of::<HashSet<String>>());
    println!("{}", size_of::<Option<HashMap<u8, u8>>>());
}
// expect: 48
// expect: 48
// expect: 48
// expect: 48

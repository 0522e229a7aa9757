// The first insert allocates 4 buckets of (u32, u32) and 4 + 16 control bytes in one 52-byte cell aligned to 16; 3 fit before it grows.
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<u32, u32> = HashMap::new();
    ages.insert(7, 70);
    println!("{} {}", ages.len(), ages.capacity());
}
// expect: 1 3

// with_capacity(10) allocates 16 buckets at once (10 * 8 / 7 rounded up to a power of two), so 14 fit.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<i32, char> = HashMap::with_capacity(10);
    println!("{}", m.capacity());
    for (i, c) in "abcdefghijklmn".chars().enumerate() {
        m.insert(i as i32, c);
    }
    println!("{} {}", m.len(), m.capacity());
    let none: HashMap<i32, char> = HashMap::with_capacity(0);
    println!("{}", none.capacity());
}
// expect: 14
// expect: 14 14
// expect: 0

// Collecting 30 entries of 136 bytes into a BTreeMap: std's stable sort needs a scratch buffer larger than its 4 KiB on the stack, so it allocates one and frees it before the tree is built.
use std::collections::BTreeMap;

fn main() {
    let m: BTreeMap<u64, [u64; 16]> = (0..30u64).map(|i| ((i * 11) % 30, [i; 16])).collect();
    println!("{} {:?}", m.len(), m.first_key_value().map(|(k, v)| (*k, v[0])));
}
// expect: 30 Some((0, 0))

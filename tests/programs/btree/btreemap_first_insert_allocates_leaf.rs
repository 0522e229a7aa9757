// The first insert allocates one leaf node with room for 11 keys and 11 values (4 + 44 + 44 bytes plus parent link and counts).
use std::collections::BTreeMap;
use std::mem::size_of;

fn main() {
    let mut m: BTreeMap<i32, i32> = BTreeMap::new();
    println!("{}", size_of::<BTreeMap<i32, i32>>());
    m.insert(1, 10);
    println!("{} {:?}", m.len(), m.get(&1));
}
// expect: 24
// expect: 1 Some(10)

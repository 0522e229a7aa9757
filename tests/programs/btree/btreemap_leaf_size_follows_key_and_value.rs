// A leaf's size is 11 keys and 11 values plus the parent link and two u16s, laid out by alignment: 104 bytes for (i32, i32), 288 for (u8, String), 16 for ((), ()).
use std::collections::BTreeMap;

fn main() {
    let mut a: BTreeMap<i32, i32> = BTreeMap::new();
    a.insert(1, 10);
    let mut b: BTreeMap<u8, String> = BTreeMap::new();
    b.insert(2, String::from("two"));
    let mut c: BTreeMap<(), ()> = BTreeMap::new();
    c.insert((), ());
    let mut d: BTreeMap<&str, i32> = BTreeMap::new();
    d.insert("x", 1);
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
}
// expect: {1: 10} {2: "two"} {(): ()} {"x": 1}

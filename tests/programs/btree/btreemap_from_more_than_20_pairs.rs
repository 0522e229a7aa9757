// BTreeMap::from an array of 24 pairs: std sorts the array in place (no buffer for these 8-byte pairs) and bulk-builds three leaves under a root.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([
        (24, 'x'), (3, 'c'), (17, 'q'), (1, 'a'), (9, 'i'), (22, 'v'), (5, 'e'), (13, 'm'),
        (2, 'b'), (20, 't'), (11, 'k'), (7, 'g'), (15, 'o'), (4, 'd'), (19, 's'), (6, 'f'),
        (23, 'w'), (8, 'h'), (14, 'n'), (10, 'j'), (21, 'u'), (12, 'l'), (18, 'r'), (16, 'p'),
    ]);
    println!("{} {:?} {:?}", m.len(), m.get(&1), m.get(&24));
    let s: String = m.values().collect();
    println!("{s}");
}
// expect: 24 Some('a') Some('x')
// expect: abcdefghijklmnopqrstuvwx

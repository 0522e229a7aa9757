// From twenty pairs std builds the tree left to right, filling each leaf to 11 before starting the next, then moves entries into the underfull last leaf.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([
        (20, 'a'), (19, 'b'), (18, 'c'), (17, 'd'), (16, 'e'), (15, 'f'), (14, 'g'), (13, 'h'), (12, 'i'), (11, 'j'),
        (10, 'k'), (9, 'l'), (8, 'm'), (7, 'n'), (6, 'o'), (5, 'p'), (4, 'q'), (3, 'r'), (2, 's'), (1, 't'),
    ]);
    let mut keys = Vec::new();
    for k in m.keys() {
        keys.push(*k);
    }
    println!("{:?}", keys);
}
// expect: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]

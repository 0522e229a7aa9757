// Collecting pairs into a BTreeMap needs the key to be Ord: a struct without it is rustc's E0277 at collect.
use std::collections::BTreeMap;

#[derive(Debug, PartialEq)]
struct Point(i32, i32);

fn main() {
    let m: BTreeMap<Point, u8> = vec![(Point(1, 2), 0)].into_iter().collect();
    println!("{}", m.len());
}
// error: E0277 at 8:69

// f64 is not Ord, so a BTreeMap cannot insert f64 keys: rustc's E0277 at the method's name.
use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<f64, i32> = BTreeMap::new();
    m.insert(1.5, 2);
    println!("{}", m.len());
}
// error: E0277 at 6:7

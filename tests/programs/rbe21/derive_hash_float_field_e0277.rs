// #[derive(Hash, PartialEq, Eq)] on a map key with an f64 field: the Hash derive comes first and f64 is not Hash (E0277 at the field).
use std::collections::HashMap;
#[derive(Debug, Hash, PartialEq, Eq)]
struct Point {
    x: f64,
    y: f64,
}
fn main() {
    let mut seen = HashMap::new();
    seen.insert(Point { x: 1.0, y: 2.0 }, "a");
    println!("{}", seen.len());
}
// error: E0277 at 5:5

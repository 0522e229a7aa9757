// A key type without Hash and Eq, inferred at the first insert, breaks insert's bounds: E0277 at the method, as rustc reports it.
use std::collections::HashMap;

struct Point {
    x: i32,
}

fn main() {
    let mut m = HashMap::new();
    m.insert(Point { x: 1 }, "a");
}
// error: E0277 at 10:7

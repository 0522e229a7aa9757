// With the key type declared up front, a key without Hash and Eq means insert does not exist for that map: E0599 at the method.
use std::collections::HashMap;

struct Point {
    x: i32,
}

fn main() {
    let mut m: HashMap<Point, &str> = HashMap::new();
    m.insert(Point { x: 1 }, "a");
}
// error: E0599 at 10:7

// A struct without Hash/Eq as a HashMap key: E0277 (insert needs K: Eq + Hash).
use std::collections::HashMap;

struct Pos {
    x: i32,
    y: i32,
}

fn main() {
    let mut m = HashMap::new();
    m.insert(Pos { x: 1, y: 2 }, "here");
    println!("{}", m.len());
}
// error: E0277 at 11:7

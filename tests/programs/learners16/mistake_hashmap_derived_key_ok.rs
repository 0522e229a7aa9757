// The same struct key with #[derive(PartialEq, Eq, Hash, Debug)] works; lookups by a fresh key.
use std::collections::HashMap;

#[derive(PartialEq, Eq, Hash, Debug, Clone, Copy)]
struct Pos {
    x: i32,
    y: i32,
}

fn main() {
    let mut m = HashMap::new();
    m.insert(Pos { x: 1, y: 2 }, "here");
    m.insert(Pos { x: 0, y: 0 }, "origin");
    println!("{:?}", m.get(&Pos { x: 1, y: 2 }));
    println!("{:?}", m.get(&Pos { x: 5, y: 5 }));
    println!("{}", m.contains_key(&Pos { x: 0, y: 0 }));
}
// expect: Some("here")
// expect: None
// expect: true

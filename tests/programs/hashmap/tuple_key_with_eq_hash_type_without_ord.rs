// A tuple is Eq when its elements are, Ord or not: a HashSet keyed by `((i32, i32), Facing)` with Facing deriving only PartialEq, Eq and Hash has insert and contains (a false E0599: the tuple's Eq asked for Ord).
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Facing {
    Up,
    Right,
}

#[derive(PartialEq, Eq, Hash, Debug)]
struct Name(String);

fn main() {
    let mut seen: HashSet<((i32, i32), Facing)> = HashSet::new();
    println!("{}", seen.insert(((0, 0), Facing::Up)));
    println!("{}", seen.insert(((0, 0), Facing::Up)));
    println!("{}", seen.contains(&((0, 0), Facing::Right)));
    let mut ages: HashMap<(Name, u8), u32> = HashMap::new();
    ages.insert((Name("ann".to_string()), 1), 30);
    println!("{:?}", ages.get(&(Name("ann".to_string()), 1)));
    println!("{}", (1, Facing::Up) == (1, Facing::Up));
}
// expect: true
// expect: false
// expect: false
// expect: Some(30)
// expect: true

// A HashMap with an explicit `RandomState` hasher is "not supported yet" at the use.
use std::collections::HashMap;
use std::collections::hash_map::RandomState;
fn main() { let m: HashMap<i32, i32, RandomState> = HashMap::with_hasher(RandomState::new()); println!("{}", m.len()); }
// expect: 0
// unsupported: `std::collections::hash_map::RandomState` at 3:5

// A module std does not have inside one it has (`std::collections::hashmap`, for `hash_map`): E0432 at that segment.
use std::collections::hashmap::HashMap;

fn main() {
    let m: HashMap<u8, u8> = HashMap::new();
    println!("{}", m.len());
}
// error: E0432 at 2:23

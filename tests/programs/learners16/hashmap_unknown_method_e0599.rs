// `map.push(..)` on a HashMap (insert meant): std has no such method, E0599 (not "not supported yet").
use std::collections::HashMap;

fn main() {
    let mut map: HashMap<&str, i32> = HashMap::new();
    map.push("a", 1);
    println!("{}", map.len());
}
// error: E0599 at 6:9
// headline: differs: rustc names a generic std struct with no Deref by its declaration (`Cell<T>`, `HashMap<K, V, S, A>`) when no impl has the method

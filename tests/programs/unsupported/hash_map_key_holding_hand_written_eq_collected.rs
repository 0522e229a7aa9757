// A HashMap collected from pairs whose key holds a field with a hand-written PartialEq: not supported yet at `collect` (the impl agrees with Hash, so rustc's answer does not hang on its random seed).
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, Hash)]
struct Id(u32);
impl PartialEq for Id {
    fn eq(&self, other: &Self) -> bool { self.0 == other.0 }
}
impl Eq for Id {}

#[derive(Debug, Hash, PartialEq, Eq)]
struct Key { id: Id }

fn main() {
    let m: HashMap<Key, i32> = vec![(Key { id: Id(1) }, 1), (Key { id: Id(11) }, 2)].into_iter().collect();
    println!("{}", m.len());
}
// expect: 2
// unsupported: a hash table's key comparing `Key` through the program's own `PartialEq` impl at 15:98

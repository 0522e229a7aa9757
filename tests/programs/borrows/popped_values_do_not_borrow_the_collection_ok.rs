// What `pop_first`, `pop_front`, `pop` and `remove` return is the element itself, not a borrow of the collection: changing it after runs.
use std::collections::{BTreeMap, VecDeque};

fn main() {
    let mut q = BTreeMap::new();
    q.insert(1, "a");
    let x = q.pop_first();
    q.insert(2, "b");
    let mut d: VecDeque<&str> = VecDeque::new();
    d.push_back("z");
    let y = d.pop_front();
    d.push_back("w");
    let mut v = vec!["p", "q"];
    let z = v.pop();
    v.push("r");
    let w = v.remove(0);
    v.push("s");
    println!("{:?} {:?} {:?} {:?} {} {} {:?}", x, y, z, w, q.len(), d.len(), v);
}
// expect: Some((1, "a")) Some("z") Some("q") "p" 1 1 ["r", "s"]

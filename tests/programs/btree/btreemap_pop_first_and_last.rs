// pop_first and pop_last take the smallest and the largest entry out, as a pair.
use std::collections::BTreeMap;

fn main() {
    let mut queue = BTreeMap::new();
    queue.insert(3, "c");
    queue.insert(1, "a");
    queue.insert(2, "b");
    println!("{:?} {:?}", queue.pop_first(), queue.pop_last());
    println!("{:?} {:?}", queue.pop_first(), queue.pop_first());
}
// expect: Some((1, "a")) Some((3, "c"))
// expect: Some((2, "b")) None

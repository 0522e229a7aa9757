// std's LinkedList is outside the subset: the engine says so at the `use` that names it.
use std::collections::LinkedList;

fn main() {
    let mut l: LinkedList<i32> = LinkedList::new();
    l.push_back(1);
    l.push_front(0);
    println!("{:?}", l);
}
// expect: [0, 1]
// unsupported: `std::collections::LinkedList` is not supported yet at 2:5

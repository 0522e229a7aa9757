// A `use` list naming a type outside the subset (RwLock beside Rc) is rejected at that name.
use std::rc::Rc;
use std::sync::RwLock;

fn main() {
    let r = Rc::new(1);
    let l = RwLock::new(5);
    println!("{} {:?}", r, l.read().unwrap());
}
// expect: 1 5
// unsupported: `std::sync::RwLock` is not supported yet at 3:5

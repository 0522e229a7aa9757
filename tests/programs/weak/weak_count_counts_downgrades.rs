// Every downgrade and every Weak clone adds one to the weak count; dropping one takes it off.
use std::rc::{Rc, Weak};

fn main() {
    let owner = Rc::new(1u16);
    let w1 = Rc::downgrade(&owner);
    let w2 = Weak::clone(&w1);
    let w3 = w2.clone();
    println!("{}", Rc::weak_count(&owner));
    drop(w2);
    println!("{} {}", Rc::weak_count(&owner), w3.weak_count());
    println!("{}", Rc::strong_count(&owner) + w1.strong_count());
}
// expect: 3
// expect: 2 2
// expect: 2

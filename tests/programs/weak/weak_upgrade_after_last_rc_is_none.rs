// Once the last Rc is dropped the value is gone and upgrade returns None.
use std::rc::Rc;

fn main() {
    let strong = Rc::new(5);
    let weak = Rc::downgrade(&strong);
    println!("{:?}", weak.upgrade());
    drop(strong);
    println!("{:?}", weak.upgrade());
    println!("{} {}", weak.strong_count(), weak.weak_count());
}
// expect: Some(5)
// expect: None
// expect: 0 0

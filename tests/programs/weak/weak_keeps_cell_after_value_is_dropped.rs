// A Weak keeps the Rc's cell allocated after the value is dropped: the String is freed at once, the cell only when the Weak goes.
use std::rc::Rc;

fn main() {
    let strong = Rc::new(String::from("text"));
    let weak = Rc::downgrade(&strong);
    drop(strong);
    println!("value dropped: {}", weak.upgrade().is_none());
    drop(weak);
    println!("cell freed");
}
// expect: value dropped: true
// expect: cell freed

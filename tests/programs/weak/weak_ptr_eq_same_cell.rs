// Two Weaks from the same Rc point at the same cell: Weak::ptr_eq says so, and so does Rc::ptr_eq after upgrading.
use std::rc::{Rc, Weak};

fn main() {
    let a = Rc::new(0u8);
    let b = Rc::new(0u8);
    let wa = Rc::downgrade(&a);
    let wa2 = Rc::downgrade(&a);
    let wb = Rc::downgrade(&b);
    println!("{} {}", Weak::ptr_eq(&wa, &wa2), wa.ptr_eq(&wb));
    println!("{}", Rc::ptr_eq(&wa.upgrade().unwrap(), &a));
}
// expect: true false
// expect: true

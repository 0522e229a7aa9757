// Rc::make_mut on an Rc with only Weak pointers left moves the value to a new cell: the old Weak can no longer upgrade.
use std::rc::Rc;

fn main() {
    let mut a = Rc::new(String::from("x"));
    let w = Rc::downgrade(&a);
    Rc::make_mut(&mut a).push('y');
    println!("{} {:?}", a, w.upgrade());
}
// expect: xy None

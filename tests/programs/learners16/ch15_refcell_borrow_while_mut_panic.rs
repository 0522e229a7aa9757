// A borrow() while a borrow_mut() is alive panics at run time (already mutably borrowed).
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(5);
    let w = cell.borrow_mut();
    println!("about to read");
    let r = cell.borrow();
    println!("{} {}", w, r);
}
// expect: about to read
// panic: RefCell already mutably borrowed
// panic-at: 8:18

// A parameter outlives its function body's tail temporaries, so returning `*c.borrow()` from a function that owns the RefCell is accepted.
use std::cell::RefCell;

fn read(c: RefCell<i32>) -> i32 {
    *c.borrow()
}

fn main() {
    println!("{}", read(RefCell::new(7)));
}
// expect: 7

// Dropping a guard with drop() ends its borrow at once.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(10);
    let r = cell.borrow();
    let seen = *r;
    drop(r);
    *cell.borrow_mut() = seen * 3;
    println!("{}", cell.borrow());
}
// expect: 30

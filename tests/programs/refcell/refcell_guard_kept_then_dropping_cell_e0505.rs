// A Ref guard borrows its RefCell: moving the RefCell while the guard is still used is error E0505.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(1);
    let r = c.borrow();
    let moved = c;
    println!("{} {:?}", r, moved);
}
// error: E0505 at 7:17

// Iterating a RefCell<Vec> through borrow() while pushing through borrow_mut() panics.
use std::cell::RefCell;

fn main() {
    let v = RefCell::new(vec![1, 2, 3]);
    for x in v.borrow().iter() {
        if *x == 2 {
            v.borrow_mut().push(4);
        }
    }
}
// panic: RefCell already borrowed
// panic-at: 8:15

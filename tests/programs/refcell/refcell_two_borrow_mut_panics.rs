// Two borrow_mut() guards at once panic on the second, even in one expression's temporaries.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(1);
    let mut a = cell.borrow_mut();
    *a += 1;
    let mut b = cell.borrow_mut();
    *b += 1;
}
// panic: RefCell already borrowed
// panic-at: 8:22

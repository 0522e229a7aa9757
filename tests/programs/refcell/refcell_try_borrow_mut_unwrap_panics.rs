// Unwrapping a failed try_borrow_mut panics with the error's Debug text, BorrowMutError.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(1);
    let _r = cell.borrow();
    let _w = cell.try_borrow_mut().unwrap();
}
// panic: called `Result::unwrap()` on an `Err` value: BorrowMutError
// panic-at: 7:36

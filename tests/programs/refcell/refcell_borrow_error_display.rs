// Printing a BorrowError with {} (its Display impl): std's "RefCell already mutably borrowed".
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(1);
    let _w = cell.borrow_mut();
    let e = cell.try_borrow().unwrap_err();
    println!("{e}");
}
// expect: RefCell already mutably borrowed

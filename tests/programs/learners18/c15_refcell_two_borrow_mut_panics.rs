// Two live borrow_mut on one RefCell panic with BorrowMutError at the second call.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1]);
    let mut one = cell.borrow_mut();
    let mut two = cell.borrow_mut();
    one.push(2);
    two.push(3);
}
// panic: RefCell already borrowed
// panic-at: 7:24

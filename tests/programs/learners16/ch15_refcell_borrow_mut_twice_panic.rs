// Two live borrow_mut()s of one RefCell panic at run time with "already borrowed: BorrowMutError"-style message.
use std::cell::RefCell;

fn main() {
    let sent = RefCell::new(Vec::<String>::new());
    let mut one = sent.borrow_mut();
    let mut two = sent.borrow_mut();
    one.push(String::from("a"));
    two.push(String::from("b"));
}
// panic: RefCell already borrowed
// panic-at: 7:24

// borrow_mut while a borrow() guard is alive panics at the call with std's message.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1]);
    let reader = cell.borrow();
    println!("reading {}", reader.len());
    cell.borrow_mut().push(2);
    println!("unreachable {}", reader.len());
}
// expect: reading 1
// panic: RefCell already borrowed
// panic-at: 8:10

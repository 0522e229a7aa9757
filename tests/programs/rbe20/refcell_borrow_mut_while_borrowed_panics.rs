// A RefCell borrowed shared and then mutably while the Ref lives: borrow_mut panics with core's already-borrowed message.
use std::cell::RefCell;

fn main() {
    let shared = RefCell::new(vec![1, 2, 3]);
    let first = shared.borrow();
    println!("first len {}", first.len());
    let mut second = shared.borrow_mut();
    second.push(4);
}
// expect: first len 3
// panic: RefCell already borrowed
// panic-at: 8:29

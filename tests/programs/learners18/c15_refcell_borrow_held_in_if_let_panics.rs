// A borrow held by an if-let scrutinee is still live in the body, so borrow_mut there panics.
use std::cell::RefCell;

fn main() {
    let stack = RefCell::new(vec![1, 2, 3]);
    if let Some(top) = stack.borrow().last() {
        println!("top {top}");
        stack.borrow_mut().push(*top + 1);
    }
    println!("{:?}", stack.borrow());
}
// expect: top 3
// panic: RefCell already borrowed
// panic-at: 8:15

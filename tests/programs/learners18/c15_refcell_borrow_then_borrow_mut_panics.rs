// A live borrow() then borrow_mut() panics as already borrowed.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(String::from("hi"));
    let r = c.borrow();
    println!("reading {}", r);
    c.borrow_mut().push('!');
    println!("{}", r);
}
// expect: reading hi
// panic: RefCell already borrowed
// panic-at: 8:7

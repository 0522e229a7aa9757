// A RefCell lets code holding only a shared reference change the value, checked at run time instead of compile time.
use std::cell::RefCell;

fn add_one(counter: &RefCell<i32>) {
    *counter.borrow_mut() += 1;
}

fn main() {
    let counter = RefCell::new(0);
    add_one(&counter);
    add_one(&counter);
    println!("{}", counter.borrow());
}
// expect: 2

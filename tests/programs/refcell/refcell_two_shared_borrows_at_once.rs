// Any number of borrow() guards may live at once: the flag counts them.
use std::cell::RefCell;

fn main() {
    let names = RefCell::new(vec![String::from("a"), String::from("b")]);
    let first = names.borrow();
    let second = names.borrow();
    println!("{} {}", first.len(), second[1]);
}
// expect: 2 b

// borrow() while a borrow_mut() guard is alive panics: a reader would see a value being changed.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(String::from("x"));
    let mut writer = cell.borrow_mut();
    writer.push('y');
    let reader = cell.borrow();
    println!("{} {}", writer, reader);
}
// panic: RefCell already mutably borrowed
// panic-at: 8:23

// Calling push directly on a RefCell<Vec> (forgot borrow_mut): E0599 no method named `push`.
use std::cell::RefCell;

fn main() {
    let v = RefCell::new(vec![1]);
    v.push(2);
    println!("{:?}", v);
}
// error: E0599 at 6:7

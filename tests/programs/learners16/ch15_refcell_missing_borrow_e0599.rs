// Calling push directly on a RefCell<Vec> (forgot borrow_mut): E0599 no method named `push`.
use std::cell::RefCell;

fn main() {
    let v = RefCell::new(vec![1]);
    v.push(2);
    println!("{:?}", v);
}
// error: E0599 at 6:7
// headline: differs: rustc names a generic std struct with no Deref by its declaration (`Cell<T>`, `HashMap<K, V, S, A>`) when no impl has the method

// Calling a String method on a Weak<String> directly (forgot upgrade): E0599.
use std::rc::Rc;

fn main() {
    let s = Rc::new(String::from("hi"));
    let w = Rc::downgrade(&s);
    println!("{}", w.len());
}
// error: E0599 at 7:22
// headline: differs: rustc names a generic std struct with no Deref by its declaration (`Cell<T>`, `HashMap<K, V, S, A>`) when no impl has the method

// Calling a String method on a Weak<String> directly (forgot upgrade): E0599.
use std::rc::Rc;

fn main() {
    let s = Rc::new(String::from("hi"));
    let w = Rc::downgrade(&s);
    println!("{}", w.len());
}
// error: E0599 at 7:22

// A parameter bounded `T: 'static` cannot be given a borrow of a local: E0597.
use std::fmt::Debug;

fn keep<T: Debug + 'static>(t: T) {
    println!("{:?}", t);
}

fn main() {
    keep("a literal is fine");
    let local = String::from("local");
    keep(&local);
}
// error: E0597 at 11:10

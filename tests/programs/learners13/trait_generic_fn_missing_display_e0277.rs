// A generic function printing {} of T with only a Debug bound is E0277.
use std::fmt::Debug;

fn show<T: Debug>(x: T) {
    println!("{}", x);
}

fn main() {
    show(3);
}
// error: E0277 at 5:20

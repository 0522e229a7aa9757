// Calling a function whose T needs Display with a struct that has none: E0277 at the argument.
use std::fmt::Display;

fn show<T: Display>(t: T) {
    println!("{}", t);
}

struct Point;

fn main() {
    show(3);
    show(Point);
}
// error: E0277 at 12:10

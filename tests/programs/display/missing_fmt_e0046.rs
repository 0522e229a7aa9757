// An impl of Display without its fmt is E0046 at the impl's header.
use std::fmt;

struct Point;

impl fmt::Display for Point {}

fn main() {
    println!("{}", Point);
}
// error: E0046 at 6:1

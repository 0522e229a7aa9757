// impl Error for a type without Display is E0277.
use std::error::Error;

#[derive(Debug)]
struct Oops;

impl Error for Oops {}

fn main() {
    let _ = Oops;
}
// error: E0277 at 7:16

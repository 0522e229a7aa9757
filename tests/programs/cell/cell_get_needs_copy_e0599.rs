// Cell::get copies the value out, so it exists only for Copy values: on a Cell<String> it is error E0599.
use std::cell::Cell;

fn main() {
    let name = Cell::new(String::from("x"));
    let copy = name.get();
    println!("{}", copy);
}
// error: E0599 at 6:21

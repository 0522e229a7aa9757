// RefCell::replace puts a new value in and hands back the old one, moved out whole.
use std::cell::RefCell;

fn main() {
    let slot = RefCell::new(String::from("old"));
    let previous = slot.replace(String::from("new"));
    println!("{} -> {}", previous, slot.borrow());
}
// expect: old -> new

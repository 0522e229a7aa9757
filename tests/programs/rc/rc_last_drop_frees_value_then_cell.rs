// When the last Rc goes, the value inside is dropped first (the String's buffer), then the Rc's own cell.
use std::rc::Rc;

fn main() {
    let name = Rc::new(String::from("Ferris"));
    let other = Rc::clone(&name);
    drop(name);
    println!("still here: {}", other);
    drop(other);
    println!("both gone");
}
// expect: still here: Ferris
// expect: both gone

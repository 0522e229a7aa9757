// A Vec of Rcs: each element is a pointer to a shared cell, so cloning the Vec allocates only the new buffer.
use std::rc::Rc;

fn main() {
    let red = Rc::new(String::from("red"));
    let blue = Rc::new(String::from("blue"));
    let palette = vec![Rc::clone(&red), Rc::clone(&blue), Rc::clone(&red)];
    let copy = palette.clone();
    println!("{:?}", copy);
    println!("red: {}, blue: {}", Rc::strong_count(&red), Rc::strong_count(&blue));
}
// expect: ["red", "blue", "red"]
// expect: red: 5, blue: 3

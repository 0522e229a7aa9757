// Assigning through an Rc is E0594: Rc gives only shared access.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(5);
    *shared = 6;
    println!("{shared}");
}
// error: E0594 at 6:5

// An Rc gives only shared access: assigning through it is error E0594.
use std::rc::Rc;

fn main() {
    let count = Rc::new(0);
    *count = 1;
    println!("{}", count);
}
// error: E0594 at 6:5

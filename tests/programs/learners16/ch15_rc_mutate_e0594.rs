// Assigning through an Rc<i32> (*rc = 6): E0594 cannot assign to data in an `Rc`.
use std::rc::Rc;

fn main() {
    let rc = Rc::new(5);
    *rc = 6;
    println!("{}", rc);
}
// error: E0594 at 6:5

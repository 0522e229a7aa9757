// Pushing onto a Vec inside an Rc: E0596 cannot borrow data in an `Rc` as mutable.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2]);
    let other = Rc::clone(&shared);
    shared.push(3);
    println!("{:?}", other);
}
// error: E0596 at 7:5

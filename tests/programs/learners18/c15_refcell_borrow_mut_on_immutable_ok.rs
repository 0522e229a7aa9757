// RefCell::borrow_mut needs no mut binding; Rc<Vec> push does, E0596.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2]);
    let other = Rc::clone(&shared);
    shared.push(3);
    println!("{:?}", other);
}
// error: E0596 at 7:5

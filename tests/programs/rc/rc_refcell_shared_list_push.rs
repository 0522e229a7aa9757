// Two owners of one Rc<RefCell<Vec<i32>>>: a push through either is seen by both, and the cell is freed when the last owner goes.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let other = Rc::clone(&shared);
    shared.borrow_mut().push(1);
    other.borrow_mut().push(2);
    println!("{:?} {}", shared.borrow(), Rc::strong_count(&other));
    drop(shared);
    println!("{}", other.borrow().len());
}
// expect: [1, 2] 2
// expect: 2

// A borrow() ended before borrow_mut() in the same statement list; then a clone of the inner Vec.
use std::cell::RefCell;

fn main() {
    let data = RefCell::new(vec![3, 1, 2]);
    let n = data.borrow().len();
    data.borrow_mut().push(n as i32);
    data.borrow_mut().sort();
    let snapshot = data.borrow().clone();
    println!("{:?} {:?}", snapshot, data);
}
// expect: [1, 2, 3, 3] RefCell { value: [1, 2, 3, 3] }

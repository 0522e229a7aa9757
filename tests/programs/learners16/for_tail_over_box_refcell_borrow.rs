// `for e in log.borrow().iter()` as the tail of main with log a Box<RefCell<Vec>>: the Ref is given back before the Box is freed.
use std::cell::RefCell;

fn main() {
    let log = Box::new(RefCell::new(vec![3, 4]));
    for e in log.borrow().iter() {
        println!("{}", e);
    }
}
// expect: 3
// expect: 4

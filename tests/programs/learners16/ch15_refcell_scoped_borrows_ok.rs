// borrow_mut in an inner scope ends before a borrow(); try_borrow_mut reports failure instead of panicking.
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(vec![1]);
    {
        let mut w = log.borrow_mut();
        w.push(2);
    }
    log.borrow_mut().push(3);
    let r = log.borrow();
    println!("{:?} {}", *r, log.try_borrow_mut().is_err());
    drop(r);
    println!("{}", log.try_borrow_mut().is_ok());
}
// expect: [1, 2, 3] true
// expect: true

// borrow_mut in a block ends before borrow; try_borrow_mut reports the conflict without panicking.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1, 2]);
    {
        let mut w = c.borrow_mut();
        w.push(3);
    }
    let r = c.borrow();
    println!("{:?}", *r);
    match c.try_borrow_mut() {
        Ok(_) => println!("got it"),
        Err(e) => println!("busy: {}", e),
    }
    drop(r);
    c.borrow_mut().push(4);
    println!("{:?}", c.borrow());
    println!("{:?}", c);
}
// expect: [1, 2, 3]
// expect: busy: RefCell already borrowed
// expect: [1, 2, 3, 4]
// expect: RefCell { value: [1, 2, 3, 4] }

// {:?} of a RefCell shows its value, or <borrowed> while a borrow_mut guard is alive.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(5);
    println!("{:?}", c);
    let g = c.borrow_mut();
    println!("{:?}", c);
    drop(g);
    let r = c.borrow();
    println!("{:?} {}", c, r);
}
// expect: RefCell { value: 5 }
// expect: RefCell { value: <borrowed> }
// expect: RefCell { value: 5 } 5

// into_inner consumes the RefCell and gives the value back; the flag goes with it.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1u32, 2]);
    c.borrow_mut().push(3);
    let v = c.into_inner();
    println!("{:?} {}", v, v.capacity());
}
// expect: [1, 2, 3] 4

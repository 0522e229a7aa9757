// RefCell::take moves the value out and leaves Default::default() behind: an empty Vec that owns no buffer.
use std::cell::RefCell;

fn main() {
    let pending = RefCell::new(vec![3, 4, 5]);
    let work = pending.take();
    println!("{:?} {:?}", work, pending.borrow());
    println!("{}", pending.borrow().capacity());
}
// expect: [3, 4, 5] []
// expect: 0

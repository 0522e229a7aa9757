// RefCell::take leaves the Vec's default (no buffer) behind and replace swaps in a new one, each returning the old value.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1, 2]);
    let old = c.take();
    c.borrow_mut().push(9);
    let older = c.replace(vec![7]);
    println!("{:?} {:?} {:?}", old, older, c.into_inner());
}
// expect: [1, 2] [9] [7]

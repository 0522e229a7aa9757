// An `if` condition is a scope of its own: the `Ref` made in it is dropped before the block's `c`, even when the `if` is the block's tail.
use std::cell::RefCell;

fn main() {
    let m = {
        let c = RefCell::new(vec![3]);
        if c.borrow().len() > 0 { 1 } else { 2 }
    };
    println!("{}", m);
}
// expect: 1

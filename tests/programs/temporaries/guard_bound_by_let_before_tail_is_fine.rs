// Binding the length in a `let` first drops the `Ref` guard at that statement's end, so returning the plain number from the block is fine.
use std::cell::RefCell;

fn main() {
    let m = {
        let c = RefCell::new(vec![3, 4]);
        let n = c.borrow().len();
        n
    };
    println!("{}", m);
}
// expect: 2

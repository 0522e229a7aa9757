// A loop body ending in `c.borrow_mut().push(i)` without a semicolon keeps the RefMut guard past the body's `c` (E0597); a `;` would drop it first.
use std::cell::RefCell;

fn main() {
    for i in 0..2 {
        let c = RefCell::new(vec![0]);
        c.borrow_mut().push(i)
    }
    println!("done");
}
// error: E0597 at 7:9

// The block's tail borrows its RefCell through a reference variable; the `Ref` guard still outlives the RefCell itself (E0597 at the `&c`).
use std::cell::RefCell;

fn main() {
    let m = {
        let c = RefCell::new(4);
        let r = &c;
        *r.borrow()
    };
    println!("{}", m);
}
// error: E0597 at 7:17

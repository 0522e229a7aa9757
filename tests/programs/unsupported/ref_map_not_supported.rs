// `Ref::map` narrowing a RefCell borrow is "not supported yet" at the call.
use std::cell::{Ref, RefCell};
fn main() {
    let c = RefCell::new((5, 'b'));
    let b1: Ref<(u32, char)> = c.borrow();
    let b2: Ref<u32> = Ref::map(b1, |t| &t.0);
    println!("{}", *b2);
}
// expect: 5
// unsupported: `Ref::map` at 6:24

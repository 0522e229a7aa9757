// `Rc::new_cyclic` (a Weak to itself) is "not supported yet" at the call.
use std::rc::{Rc, Weak};
struct Gadget { me: Weak<Gadget> }
fn main() {
    let g = Rc::new_cyclic(|me| Gadget { me: me.clone() });
    println!("{}", g.me.upgrade().is_some());
}
// expect: true
// unsupported: `Rc::new_cyclic` at 5:13

// A `self: Rc<Self>` receiver is named as not supported, never misread as another receiver.
use std::rc::Rc;
struct Node {
    v: i32,
}
impl Node {
    fn value(self: Rc<Self>) -> i32 {
        self.v
    }
}
fn main() {
    let n = Rc::new(Node { v: 3 });
    println!("{}", n.value());
}
// expect: 3
// unsupported: a `self` parameter of type `Rc<Self>`

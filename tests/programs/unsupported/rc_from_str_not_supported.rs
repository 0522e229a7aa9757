// `Rc::from("text")` into an Rc<str> is "not supported yet" at the `Rc<str>` written for it.
use std::rc::Rc;
fn main() {
    let r: Rc<str> = Rc::from("text");
    let s = Rc::clone(&r);
    println!("{} {} {}", s, s.len(), Rc::strong_count(&r));
}
// expect: text 4 2
// unsupported: `Rc<str>` at 4:12

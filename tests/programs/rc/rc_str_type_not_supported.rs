// An `Rc<str>` (a shared string without a String's capacity) is outside the subset: the engine says so at the type.
use std::rc::Rc;

fn main() {
    let name: Rc<str> = Rc::from("ferris");
    let again = Rc::clone(&name);
    println!("{} {}", again, Rc::strong_count(&name));
}
// expect: ferris 2
// unsupported: `Rc<str>` (a pointer to a `str`) is not supported yet at 5:15

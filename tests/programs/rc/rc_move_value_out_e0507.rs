// The value in an Rc belongs to every Rc of it: moving it out with `*` is error E0507; clone it or use Rc::into_inner.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("mine?"));
    let taken: String = *shared;
    println!("{}", taken);
}
// error: E0507 at 6:25

// Rc is not in the prelude: without `use std::rc::Rc;` the path is error E0433.
fn main() {
    let a = Rc::new(3);
    println!("{}", a);
}
// error: E0433 at 3:13

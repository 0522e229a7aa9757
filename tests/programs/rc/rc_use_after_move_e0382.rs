// An Rc moves like any owner: using it after moving it into another variable is E0382, clone it instead.
use std::rc::Rc;

fn main() {
    let a = Rc::new(3);
    let b = a;
    println!("{} {}", a, b);
}
// error: E0382 at 7:23

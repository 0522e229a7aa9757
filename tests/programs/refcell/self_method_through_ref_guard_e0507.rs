// A method taking self by value cannot be called through a RefCell's Ref guard: E0507, it would move the value out of the cell.
use std::cell::RefCell;
struct T { s: String }
impl T { fn take(self) -> String { self.s } }
fn main() {
    let c = RefCell::new(T { s: String::from("a") });
    let s = c.borrow().take();
    println!("{s}");
}
// error: E0507 at 7:13

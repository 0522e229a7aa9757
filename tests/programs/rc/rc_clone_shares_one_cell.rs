// Rc::clone allocates nothing: both handles point at the same cell and the strong count goes up.
use std::rc::Rc;

fn main() {
    let first = Rc::new(String::from("shared"));
    let second = Rc::clone(&first);
    println!("{} {}", first, second);
    println!("same cell: {}", Rc::ptr_eq(&first, &second));
    println!("strong = {}", Rc::strong_count(&first));
}
// expect: shared shared
// expect: same cell: true
// expect: strong = 2

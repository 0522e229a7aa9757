// `a.clone()` on an Rc clones the pointer, not the String inside: no new allocation.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("one copy"));
    let b = a.clone();
    let c = b.clone();
    println!("{} / {} / {}", a, b, c);
    println!("{}", Rc::strong_count(&c));
}
// expect: one copy / one copy / one copy
// expect: 3

// Rc::ptr_eq telling shared clones from equal but separate values.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("same"));
    let b = Rc::clone(&a);
    let c = Rc::new(String::from("same"));
    println!("{} {} {}", Rc::ptr_eq(&a, &b), Rc::ptr_eq(&a, &c), a == c);
    println!("{}", Rc::strong_count(&a));
}
// expect: true false true
// expect: 2

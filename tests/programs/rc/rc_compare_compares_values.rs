// == on two Rcs compares the values they point at; Rc::ptr_eq compares the cells.
use std::rc::Rc;

fn main() {
    let a = Rc::new(5);
    let b = Rc::new(5);
    let c = Rc::clone(&a);
    println!("{} {}", a == b, Rc::ptr_eq(&a, &b));
    println!("{} {}", a == c, Rc::ptr_eq(&a, &c));
    println!("{}", a < Rc::new(6));
}
// expect: true false
// expect: true true
// expect: true

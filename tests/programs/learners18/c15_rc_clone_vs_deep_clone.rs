// Rc::clone shares, (*rc).clone() copies the String: counts and ptr_eq tell which.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("data"));
    let b = Rc::clone(&a);
    let c: String = (*a).clone();
    let d = Rc::new(c.clone());
    println!("{} {} {}", Rc::strong_count(&a), Rc::ptr_eq(&a, &b), Rc::ptr_eq(&a, &d));
    println!("{} {}", a == d, c);
}
// expect: 2 true false
// expect: true data

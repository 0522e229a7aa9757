// Rc::downgrade makes a Weak that counts in the weak count; upgrade gives a new Rc while the value lives.
use std::rc::Rc;

fn main() {
    let strong = Rc::new(String::from("alive"));
    let weak = Rc::downgrade(&strong);
    println!("strong = {}, weak = {}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    let again = weak.upgrade().unwrap();
    println!("{} strong = {}", again, Rc::strong_count(&strong));
}
// expect: strong = 1, weak = 1
// expect: alive strong = 2

// A Weak upgraded while its Rc lives and after the Rc is dropped (None).
use std::rc::Rc;

fn main() {
    let strong = Rc::new(String::from("config"));
    let weak = Rc::downgrade(&strong);
    println!("{:?}", weak.upgrade());
    println!("{} {}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    drop(strong);
    println!("{:?}", weak.upgrade());
}
// expect: Some("config")
// expect: 1 1
// expect: None

// A Weak declared before its Rc's block: upgrade succeeds inside it (strong and weak counts), gives None once the Rc is dropped.
use std::rc::{Rc, Weak};

struct Owner {
    name: String,
}

fn main() {
    let weak: Weak<Owner>;
    {
        let strong = Rc::new(Owner { name: String::from("gadget man") });
        weak = Rc::downgrade(&strong);
        match weak.upgrade() {
            Some(o) => println!("alive: {} (strong {}, weak {})", o.name, Rc::strong_count(&o), Rc::weak_count(&o)),
            None => println!("gone"),
        }
    }
    match weak.upgrade() {
        Some(o) => println!("alive: {}", o.name),
        None => println!("gone"),
    }
}
// expect: alive: gadget man (strong 2, weak 1)
// expect: gone

// A Weak upgrades while the Rc lives and gives None after; counts along the way.
use std::rc::{Rc, Weak};

fn main() {
    let weak: Weak<String>;
    {
        let strong = Rc::new(String::from("temporary"));
        weak = Rc::downgrade(&strong);
        println!("{:?} {} {}", weak.upgrade(), Rc::strong_count(&strong), Rc::weak_count(&strong));
        let again = weak.upgrade().unwrap();
        println!("{}", Rc::strong_count(&again));
    }
    println!("{:?} {}", weak.upgrade(), weak.strong_count());
    let empty: Weak<i32> = Weak::new();
    println!("{:?}", empty.upgrade());
}
// expect: Some("temporary") 2 1
// expect: 2
// expect: None 0
// expect: None

// Parent and children with Weak parent links: each child prints its parent's name via upgrade.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Person {
    name: String,
    parent: RefCell<Weak<Person>>,
    kids: RefCell<Vec<Rc<Person>>>,
}

fn person(name: &str) -> Rc<Person> {
    Rc::new(Person { name: name.to_string(), parent: RefCell::new(Weak::new()), kids: RefCell::new(vec![]) })
}

fn main() {
    let mom = person("Mom");
    for n in ["Ann", "Ben"] {
        let kid = person(n);
        *kid.parent.borrow_mut() = Rc::downgrade(&mom);
        mom.kids.borrow_mut().push(kid);
    }
    for k in mom.kids.borrow().iter() {
        let p = k.parent.borrow().upgrade();
        println!("{} -> {}", k.name, p.map(|p| p.name.clone()).unwrap_or("none".into()));
    }
    println!("{} {}", Rc::strong_count(&mom), Rc::weak_count(&mom));
}
// expect: Ann -> Mom
// expect: Ben -> Mom
// expect: 1 2

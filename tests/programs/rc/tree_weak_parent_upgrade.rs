// A tree whose children hold a Weak link to their parent: the child upgrades it to reach the parent's value; the counts show who owns whom.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn main() {
    let leaf = Rc::new(Node { value: 3, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    let branch = Rc::new(Node { value: 5, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![Rc::clone(&leaf)]) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    println!("{:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("{} {}", Rc::strong_count(&leaf), Rc::weak_count(&branch));
    println!("{}", branch.children.borrow().len());
}
// expect: Some(5)
// expect: 2 1
// expect: 1

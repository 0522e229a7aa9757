// A tree whose children hold Weak parent links: the parent's strong count stays 1, so the whole tree is freed.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn parent_value(node: &Node) -> Option<i32> {
    match node.parent.borrow().upgrade() {
        Some(p) => Some(p.value),
        None => None,
    }
}

fn main() {
    let leaf = Rc::new(Node { value: 3, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    println!("leaf parent = {:?}", parent_value(&leaf));
    let branch = Rc::new(Node {
        value: 5,
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(vec![Rc::clone(&leaf)]),
    });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    println!("leaf parent = {:?}", parent_value(&leaf));
    println!("branch strong = {}, weak = {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
}
// expect: leaf parent = None
// expect: leaf parent = Some(5)
// expect: branch strong = 1, weak = 1
// expect: leaf strong = 2, weak = 0

// strong_count and weak_count of leaf and branch as branch lives in an inner scope and is dropped.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn main() {
    let leaf = Rc::new(Node {
        value: 3,
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(vec![]),
    });
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    {
        let branch = Rc::new(Node {
            value: 5,
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![Rc::clone(&leaf)]),
        });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        println!("branch strong = {}, weak = {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
        println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
        println!("sum {}", branch.value + branch.children.borrow()[0].value);
    }
    println!("leaf parent = {}", leaf.parent.borrow().upgrade().is_some());
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    let _ = leaf.children.borrow().len();
}
// expect: leaf strong = 1, weak = 0
// expect: branch strong = 1, weak = 1
// expect: leaf strong = 2, weak = 0
// expect: sum 8
// expect: leaf parent = false
// expect: leaf strong = 1, weak = 0

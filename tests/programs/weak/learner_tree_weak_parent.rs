// A tree with Weak parent links: a leaf's parent upgrades while the branch lives and is None after it is dropped, strong and weak counts printed.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
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
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade());
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    {
        let branch = Rc::new(Node {
            value: 5,
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![Rc::clone(&leaf)]),
        });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        println!("branch strong = {}, weak = {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
        println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
        let sum: i32 = branch.children.borrow().iter().map(|c| c.value).sum();
        println!("children sum = {}", sum + branch.value);
    }
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade());
    println!("leaf strong = {}, weak = {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
}
// expect: leaf parent = None
// expect: leaf strong = 1, weak = 0
// expect: branch strong = 1, weak = 1
// expect: leaf parent = Some(5)
// expect: children sum = 8
// expect: leaf parent = None
// expect: leaf strong = 1, weak = 0

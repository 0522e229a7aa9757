// Rust-by-Example-style: a tree of Rc<RefCell<Node>> children, summed recursively, with Weak parents and counts.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn sum(node: &Rc<Node>) -> i32 {
    node.value + node.children.borrow().iter().map(|c| sum(c)).sum::<i32>()
}

fn new_node(value: i32) -> Rc<Node> {
    Rc::new(Node { value, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn main() {
    let root = new_node(1);
    let a = new_node(2);
    let b = new_node(3);
    add_child(&a, new_node(4));
    add_child(&root, Rc::clone(&a));
    add_child(&root, b);
    println!("sum = {}", sum(&root));
    println!("a strong = {}, weak = {}", Rc::strong_count(&a), Rc::weak_count(&a));
    println!("root strong = {}, weak = {}", Rc::strong_count(&root), Rc::weak_count(&root));
    let parent = a.parent.borrow().upgrade();
    println!("a's parent = {:?}", parent.map(|p| p.value));
    drop(root);
    println!("after drop: a's parent alive = {}", a.parent.borrow().upgrade().is_some());
    println!("a strong = {}", Rc::strong_count(&a));
}
// expect: sum = 10
// expect: a strong = 2, weak = 1
// expect: root strong = 1, weak = 2
// expect: a's parent = Some(1)
// expect: after drop: a's parent alive = false
// expect: a strong = 1

// A two-node doubly linked list: next is Rc, prev is Weak, walked forwards and back.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    val: u32,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

fn main() {
    let first = Rc::new(RefCell::new(Node { val: 1, next: None, prev: None }));
    let second = Rc::new(RefCell::new(Node { val: 2, next: None, prev: None }));
    first.borrow_mut().next = Some(Rc::clone(&second));
    second.borrow_mut().prev = Some(Rc::downgrade(&first));
    let n = first.borrow().next.as_ref().map(|n| n.borrow().val);
    let p = second.borrow().prev.as_ref().and_then(|w| w.upgrade()).map(|n| n.borrow().val);
    println!("{:?} {:?}", n, p);
    println!("{} {}", Rc::strong_count(&first), Rc::weak_count(&first));
}
// expect: Some(2) Some(1)
// expect: 1 1

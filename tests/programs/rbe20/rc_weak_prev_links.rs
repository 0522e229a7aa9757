// Nodes linked forward by Rc<RefCell<Node>> and back by Weak: upgrade through and_then, counts, and a walk by cloning next.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    val: i32,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

fn main() {
    let a = Rc::new(RefCell::new(Node { val: 1, next: None, prev: None }));
    let b = Rc::new(RefCell::new(Node { val: 2, next: None, prev: None }));
    a.borrow_mut().next = Some(Rc::clone(&b));
    b.borrow_mut().prev = Some(Rc::downgrade(&a));
    let prev_val = b.borrow().prev.as_ref().and_then(|w| w.upgrade()).map(|n| n.borrow().val);
    println!("b.prev = {:?}", prev_val);
    println!("a strong {} weak {}", Rc::strong_count(&a), Rc::weak_count(&a));
    println!("b strong {} weak {}", Rc::strong_count(&b), Rc::weak_count(&b));
    let mut cur = Some(Rc::clone(&a));
    while let Some(node) = cur {
        print!("{} ", node.borrow().val);
        cur = node.borrow().next.clone();
    }
    println!();
}
// expect: b.prev = Some(1)
// expect: a strong 1 weak 1
// expect: b strong 2 weak 0
// expect: 1 2 

// A doubly linked list of Rc<RefCell<Node>> (next strong, prev strong, popped with Rc::try_unwrap) frees each node as it is popped.
use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<Node>>>;

struct Node {
    val: i32,
    next: Link,
    prev: Link,
}

struct List {
    head: Link,
    tail: Link,
}

impl List {
    fn new() -> Self {
        List { head: None, tail: None }
    }
    fn push_back(&mut self, val: i32) {
        let node = Rc::new(RefCell::new(Node { val, next: None, prev: None }));
        match self.tail.take() {
            Some(old) => {
                old.borrow_mut().next = Some(Rc::clone(&node));
                node.borrow_mut().prev = Some(old);
                self.tail = Some(node);
            }
            None => {
                self.head = Some(Rc::clone(&node));
                self.tail = Some(node);
            }
        }
    }
    fn pop_front(&mut self) -> Option<i32> {
        self.head.take().map(|old| {
            match old.borrow_mut().next.take() {
                Some(next) => {
                    next.borrow_mut().prev.take();
                    self.head = Some(next);
                }
                None => {
                    self.tail.take();
                }
            }
            Rc::try_unwrap(old).ok().unwrap().into_inner().val
        })
    }
}

fn main() {
    let mut l = List::new();
    l.push_back(1);
    l.push_back(2);
    l.push_back(3);
    println!("{:?}", l.pop_front());
    println!("{:?}", l.pop_front());
    println!("{:?}", l.pop_front());
    println!("{:?}", l.pop_front());
}
// expect: Some(1)
// expect: Some(2)
// expect: Some(3)
// expect: None

// Two Rc<RefCell<Option<Rc<..>>>> nodes pointing at each other: counts of 2 and a leak (no drop printed).
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: &'static str,
    next: RefCell<Option<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let a = Rc::new(Node { name: "a", next: RefCell::new(None) });
    let b = Rc::new(Node { name: "b", next: RefCell::new(Some(Rc::clone(&a))) });
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("a {} b {}", Rc::strong_count(&a), Rc::strong_count(&b));
    let c = Rc::new(Node { name: "c", next: RefCell::new(None) });
    println!("c {}", Rc::strong_count(&c));
}
// expect: a 2 b 2
// expect: c 1
// expect: drop c

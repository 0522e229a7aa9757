// Taking one link out of a two-node cycle before the end breaks it: both cells are freed.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    id: u32,
    next: RefCell<Option<Rc<Node>>>,
}

fn main() {
    let a = Rc::new(Node { id: 1, next: RefCell::new(None) });
    let b = Rc::new(Node { id: 2, next: RefCell::new(Some(Rc::clone(&a))) });
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    let link = a.next.borrow_mut().take();
    drop(link);
    println!("{} {} {}", a.id, b.id, Rc::strong_count(&b));
}
// expect: 1 2 1

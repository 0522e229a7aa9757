// Two Rc nodes that point at each other keep their strong counts at 1 after main's variables go: both cells leak.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: char,
    next: RefCell<Option<Rc<Node>>>,
}

fn main() {
    let a = Rc::new(Node { name: 'a', next: RefCell::new(None) });
    let b = Rc::new(Node { name: 'b', next: RefCell::new(Some(Rc::clone(&a))) });
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("a: strong {}, b: strong {}", Rc::strong_count(&a), Rc::strong_count(&b));
    if let Some(n) = &*a.next.borrow() {
        println!("after {} comes {}", a.name, n.name);
    }
    println!("end of main");
}
// expect: a: strong 2, b: strong 2
// expect: after a comes b
// expect: end of main

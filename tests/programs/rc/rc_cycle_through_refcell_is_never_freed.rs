// Two nodes whose RefCell<Option<Rc<Node>>> fields point at each other keep both strong counts at 1 when main ends, so neither cell is ever freed.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    next: RefCell<Option<Rc<Node>>>,
}

fn main() {
    let a = Rc::new(Node { name: String::from("a"), next: RefCell::new(None) });
    let b = Rc::new(Node { name: String::from("b"), next: RefCell::new(Some(Rc::clone(&a))) });
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("a strong = {}, b strong = {}", Rc::strong_count(&a), Rc::strong_count(&b));
    if let Some(n) = &*a.next.borrow() {
        println!("a points at {}", n.name);
    }
    println!("{} and {} leak", a.name, b.name);
}
// expect: a strong = 2, b strong = 2
// expect: a points at b
// expect: a and b leak

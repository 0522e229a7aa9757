// A small graph of Rc<RefCell<Node>> with neighbor lists, visited to sum values.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    val: i32,
    edges: Vec<Rc<RefCell<Node>>>,
}

fn main() {
    let a = Rc::new(RefCell::new(Node { val: 1, edges: vec![] }));
    let b = Rc::new(RefCell::new(Node { val: 2, edges: vec![] }));
    let c = Rc::new(RefCell::new(Node { val: 3, edges: vec![] }));
    a.borrow_mut().edges.push(Rc::clone(&b));
    a.borrow_mut().edges.push(Rc::clone(&c));
    b.borrow_mut().val += 10;
    let sum: i32 = a.borrow().edges.iter().map(|n| n.borrow().val).sum();
    println!("{} {} {}", sum, Rc::strong_count(&b), a.borrow().edges.len());
}
// expect: 15 2 2

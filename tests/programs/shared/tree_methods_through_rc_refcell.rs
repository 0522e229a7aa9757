// A tree of Rc<RefCell<Node>> whose own methods are called through borrow() and borrow_mut() guards, recursively.
use std::cell::RefCell;
use std::rc::Rc;
#[derive(Debug)]
struct Node { val: i32, children: Vec<Rc<RefCell<Node>>> }
impl Node {
    fn new(val: i32) -> Rc<RefCell<Node>> { Rc::new(RefCell::new(Node { val, children: vec![] })) }
    fn add(&mut self, c: Rc<RefCell<Node>>) { self.children.push(c); }
    fn sum(&self) -> i32 { self.val + self.children.iter().map(|c| c.borrow().sum()).sum::<i32>() }
}
fn main() {
    let root = Node::new(1);
    let kid = Node::new(2);
    root.borrow_mut().add(Rc::clone(&kid));
    kid.borrow_mut().add(Node::new(3));
    println!("{} {}", root.borrow().sum(), Rc::strong_count(&kid));
}
// expect: 6 2

// A method of the learner's enum is called through an Rc by auto-deref (the book's `a.tail()` on an Rc<List>).
use std::cell::RefCell;
use std::rc::Rc;
#[derive(Debug)]
enum List {
    Cons(i32, RefCell<Rc<List>>),
    Nil,
}
use List::{Cons, Nil};
impl List {
    fn tail(&self) -> Option<&RefCell<Rc<List>>> {
        match self {
            Cons(_, item) => Some(item),
            Nil => None,
        }
    }
}
fn main() {
    let a = Rc::new(Cons(5, RefCell::new(Rc::new(Nil))));
    println!("a next item = {:?}", a.tail());
    let b = Rc::new(Cons(10, RefCell::new(Rc::clone(&a))));
    println!("b next item = {:?}", b.tail().map(|t| Rc::strong_count(&t.borrow())));
}
// expect: a next item = Some(RefCell { value: Nil })
// expect: b next item = Some(2)

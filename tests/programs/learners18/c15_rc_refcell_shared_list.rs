// The book's Rc<RefCell<i32>> cons list: changing the shared value shows in every list.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
enum List {
    Cons(Rc<RefCell<i32>>, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn main() {
    let value = Rc::new(RefCell::new(5));
    let a = Rc::new(Cons(Rc::clone(&value), Rc::new(Nil)));
    let b = Cons(Rc::new(RefCell::new(3)), Rc::clone(&a));
    let c = Cons(Rc::new(RefCell::new(4)), Rc::clone(&a));
    *value.borrow_mut() += 10;
    println!("a after = {a:?}");
    println!("b after = {b:?}");
    println!("c after = {c:?}");
}
// expect: a after = Cons(RefCell { value: 15 }, Nil)
// expect: b after = Cons(RefCell { value: 3 }, Cons(RefCell { value: 15 }, Nil))
// expect: c after = Cons(RefCell { value: 4 }, Cons(RefCell { value: 15 }, Nil))

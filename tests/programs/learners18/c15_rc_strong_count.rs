// Rc::strong_count as lists share a tail, and as a clone goes out of scope.
use std::rc::Rc;

enum List {
    Cons(i32, Rc<List>),
    Nil,
}

use List::{Cons, Nil};

fn main() {
    let a = Rc::new(Cons(5, Rc::new(Cons(10, Rc::new(Nil)))));
    println!("count after creating a = {}", Rc::strong_count(&a));
    let _b = Cons(3, Rc::clone(&a));
    println!("count after creating b = {}", Rc::strong_count(&a));
    {
        let _c = Cons(4, Rc::clone(&a));
        println!("count after creating c = {}", Rc::strong_count(&a));
    }
    println!("count after c goes out of scope = {}", Rc::strong_count(&a));
    if let Cons(v, rest) = &*a {
        println!("head {v}, rest count {}", Rc::strong_count(rest));
    }
}
// expect: count after creating a = 1
// expect: count after creating b = 2
// expect: count after creating c = 3
// expect: count after c goes out of scope = 2
// expect: head 5, rest count 1

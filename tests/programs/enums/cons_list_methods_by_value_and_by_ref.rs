// A recursive Cons list through Box with `use List::{Cons, Nil}`: a `&self` method recursing through the boxes, a `self` method wrapping the list in a new head, and `ref` in an if let.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

impl List {
    fn sum(&self) -> i32 {
        match self {
            Cons(v, rest) => v + rest.sum(),
            Nil => 0,
        }
    }
    fn push_front(self, v: i32) -> List {
        Cons(v, Box::new(self))
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    let list = list.push_front(0);
    println!("{} {}", list.sum(), std::mem::size_of::<List>());
    if let Cons(head, ref tail) = list {
        println!("head {head}, tail {:?}", tail);
    }
}
// expect: Cons(1, Cons(2, Cons(3, Nil)))
// expect: 6 16
// expect: head 0, tail Cons(1, Cons(2, Cons(3, Nil)))

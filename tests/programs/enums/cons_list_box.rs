// A cons list through Box: each Cons allocates one 16-byte cell, the sum recurses, and dropping the head frees them in order.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(list: &List) -> i32 {
    match list {
        Cons(value, rest) => value + sum(rest),
        Nil => 0,
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("sum {}", sum(&list));
    println!("{}", std::mem::size_of::<List>());
}
// expect: Cons(1, Cons(2, Cons(3, Nil)))
// expect: sum 6
// expect: 16

// A recursive cons list through Box, walked by recursive functions taking it by reference.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn len(list: &List) -> usize {
    match list {
        Cons(_, rest) => 1 + len(rest),
        Nil => 0,
    }
}

fn sum(list: &List) -> i32 {
    match list {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("len {} sum {}", len(&list), sum(&list));
    let bigger = Cons(10, Box::new(list));
    println!("len {} sum {}", len(&bigger), sum(&bigger));
}
// expect: Cons(1, Cons(2, Cons(3, Nil)))
// expect: len 3 sum 6
// expect: len 4 sum 16

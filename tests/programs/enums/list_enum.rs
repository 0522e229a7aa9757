// A recursive cons list through Box, summed recursively and printed by walking it with while let.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(l: &List) -> i32 {
    match l {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{}", sum(&list));
    let mut cur = &list;
    let mut parts = Vec::new();
    while let Cons(v, next) = cur {
        parts.push(v.to_string());
        cur = next;
    }
    println!("{}", parts.join(" -> "));
    println!("{:?}", list);
}
// expect: 6
// expect: 1 -> 2 -> 3
// expect: Cons(1, Cons(2, Cons(3, Nil)))

// Two cons lists share one tail through Rc: the tail's cell counts three owners (its variable and both heads).
use std::rc::Rc;

enum List {
    Cons(i32, Rc<List>),
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
    let tail = Rc::new(Cons(5, Rc::new(Cons(10, Rc::new(Nil)))));
    println!("tail owners after creating it = {}", Rc::strong_count(&tail));
    let b = Cons(3, Rc::clone(&tail));
    println!("tail owners after b = {}", Rc::strong_count(&tail));
    {
        let c = Cons(4, Rc::clone(&tail));
        println!("tail owners after c = {}", Rc::strong_count(&tail));
        println!("sum of c = {}", sum(&c));
    }
    println!("tail owners after c goes = {}", Rc::strong_count(&tail));
    println!("sum of b = {}", sum(&b));
}
// expect: tail owners after creating it = 1
// expect: tail owners after b = 2
// expect: tail owners after c = 3
// expect: sum of c = 19
// expect: tail owners after c goes = 2
// expect: sum of b = 18

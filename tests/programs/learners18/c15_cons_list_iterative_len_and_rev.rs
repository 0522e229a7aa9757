// A Box cons list built in a loop, measured by a while-let walk, then reversed into a new list.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn len(mut l: &List) -> usize {
    let mut n = 0;
    while let Cons(_, next) = l {
        n += 1;
        l = next;
    }
    n
}

fn rev(l: List) -> List {
    let mut out = Nil;
    let mut cur = l;
    while let Cons(v, next) = cur {
        out = Cons(v, Box::new(out));
        cur = *next;
    }
    out
}

fn main() {
    let mut l = Nil;
    for i in 1..=4 {
        l = Cons(i, Box::new(l));
    }
    println!("{} {:?}", len(&l), l);
    let r = rev(l);
    println!("{:?}", r);
}
// expect: 4 Cons(4, Cons(3, Cons(2, Cons(1, Nil))))
// expect: Cons(1, Cons(2, Cons(3, Cons(4, Nil))))

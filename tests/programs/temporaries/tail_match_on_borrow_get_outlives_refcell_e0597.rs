// A function body's tail `match v.borrow().get(0)` keeps the `Ref` guard until after the body's locals are dropped (edition 2021), so `v` does not live long enough (E0597).
use std::cell::RefCell;

fn first() -> i32 {
    let v = RefCell::new(vec![1, 2]);
    match v.borrow().get(0) {
        Some(x) => *x,
        None => 0,
    }
}

fn main() {
    println!("{}", first());
}
// error: E0597 at 6:11

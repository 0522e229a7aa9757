// Returning `&c.borrow()[0]` hands out a reference into the temporary guard `borrow()` made, dropped as the function returns: E0515 (the engine accepted it); kept in a `let` the guard lives on, as rustc extends it.
use std::cell::RefCell;

fn first(c: &RefCell<Vec<i32>>) -> &i32 {
    &c.borrow()[0]
}

fn main() {
    let c = RefCell::new(vec![1, 2]);
    let kept = &c.borrow()[1];
    println!("{kept}");
    println!("{}", first(&c));
}
// error: E0515 at 5:5

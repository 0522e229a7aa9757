// A match arm's block ending in `c.borrow().len()` drops the guard after the arm's `c`, so rustc rejects it (E0597).
use std::cell::RefCell;

fn main() {
    let x = 1;
    let m = match x {
        1 => {
            let c = RefCell::new(vec![3]);
            c.borrow().len()
        }
        _ => 0,
    };
    println!("{}", m);
}
// error: E0597 at 9:13

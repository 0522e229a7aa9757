// try_borrow_mut while a Ref is alive returns Err instead of panicking; after the Ref is dropped it succeeds.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(1);
    let r = c.borrow();
    println!("{}", c.try_borrow_mut().is_err());
    drop(r);
    if let Ok(mut m) = c.try_borrow_mut() {
        *m += 1;
    }
    println!("{}", c.borrow());
}
// expect: true
// expect: 2

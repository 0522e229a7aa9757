// try_borrow_mut returns Err(BorrowMutError) instead of panicking while a Ref is alive, and Ok once it is dropped.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(5);
    let reader = cell.borrow();
    match cell.try_borrow_mut() {
        Ok(_) => println!("got it"),
        Err(e) => println!("busy: {:?}", e),
    }
    drop(reader);
    if let Ok(mut w) = cell.try_borrow_mut() {
        *w += 1;
    }
    println!("{}", cell.borrow());
}
// expect: busy: BorrowMutError
// expect: 6

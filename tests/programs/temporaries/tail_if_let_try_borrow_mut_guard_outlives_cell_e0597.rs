// In edition 2021 the scrutinee of an `if let` that ends a block lives until the end of the statement around the block, after the block's `cell`: the RefMut guard inside the Result still borrows it (E0597).
use std::cell::RefCell;

fn main() {
    let r = {
        let cell = RefCell::new(5);
        if let Err(e) = cell.try_borrow_mut() {
            println!("{:?}", e);
        }
    };
    println!("{:?}", r);
}
// error: E0597 at 7:25

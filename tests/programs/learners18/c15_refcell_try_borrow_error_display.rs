// RefCell's BorrowMutError and BorrowError print by Display (padded), Debug, to_string, and convert by ? into Box<dyn Error>.
use std::cell::RefCell;
use std::error::Error;
fn f(c: &RefCell<i32>) -> Result<(), Box<dyn Error>> {
    let _g = c.try_borrow_mut()?;
    Ok(())
}
fn main() {
    let c = RefCell::new(1);
    let r = c.borrow_mut();
    let e = c.try_borrow_mut().unwrap_err();
    println!("[{:>30}] [{:<5}] [{:?}]", e, e, e);
    println!("{}", e.to_string());
    println!("{:?}", f(&c).map_err(|e| e.to_string()));
    drop(r);
    let _w = c.borrow();
    let e = c.try_borrow_mut().unwrap_err();
    println!("{e}");
}
// expect: [      RefCell already borrowed] [RefCell already borrowed] [BorrowMutError]
// expect: RefCell already borrowed
// expect: Err("RefCell already borrowed")
// expect: RefCell already borrowed

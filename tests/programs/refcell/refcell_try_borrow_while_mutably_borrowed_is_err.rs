// try_borrow fails with BorrowError only while a RefMut is alive; shared borrows may stack up.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(String::from("x"));
    {
        let _w = cell.borrow_mut();
        println!("{:?}", cell.try_borrow().is_err());
    }
    let r1 = cell.try_borrow().unwrap();
    let r2 = cell.try_borrow().unwrap();
    println!("{} {} {:?}", r1, r2, cell.try_borrow_mut().is_ok());
}
// expect: true
// expect: x x false

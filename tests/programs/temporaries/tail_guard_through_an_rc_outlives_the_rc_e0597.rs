// A block's tail `s2.borrow().len()` on an `Rc<RefCell<..>>` keeps the `Ref` guard past the block's `s2`, which owns the cell it borrows (E0597).
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let n = {
        let s2 = Rc::clone(&shared);
        s2.borrow().len()
    };
    println!("{}", n);
}
// error: E0597 at 9:9

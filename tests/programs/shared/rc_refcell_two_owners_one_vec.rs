// Rc<RefCell<Vec<i32>>>: two owners push into one Vec; the Vec's buffer grows as usual inside the shared cell.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let writer = Rc::clone(&shared);
    for i in 0..5 {
        writer.borrow_mut().push(i * i);
    }
    shared.borrow_mut().push(100);
    println!("{:?}", shared.borrow());
    println!("len {} cap {}", shared.borrow().len(), writer.borrow().capacity());
}
// expect: [0, 1, 4, 9, 16, 100]
// expect: len 6 cap 8

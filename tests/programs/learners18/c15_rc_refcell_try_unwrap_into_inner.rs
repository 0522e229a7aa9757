// Getting the Vec back out of Rc<RefCell<Vec>> with try_unwrap and into_inner once the clone is gone.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(3);
    let shared = match Rc::try_unwrap(shared) {
        Ok(cell) => {
            println!("unique already");
            Rc::new(cell)
        }
        Err(rc) => {
            println!("still shared: {}", Rc::strong_count(&rc));
            rc
        }
    };
    drop(other);
    let v = Rc::try_unwrap(shared).ok().unwrap().into_inner();
    println!("{v:?}");
}
// expect: still shared: 2
// expect: [1, 2, 3]

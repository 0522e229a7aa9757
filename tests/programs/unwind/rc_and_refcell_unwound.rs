// Unwinding drops an Rc by lowering its count: the shared value's Drop impl runs when the last Rc goes, and a RefCell's value is dropped with it.
use std::cell::RefCell;
use std::rc::Rc;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let shared = Rc::new(Noisy("shared"));
    let second = Rc::clone(&shared);
    let cell = RefCell::new(Noisy("cell"));
    cell.borrow_mut().0 = "cell changed";
    println!("count {}", Rc::strong_count(&second));
    let guard = cell.borrow_mut();
    let again = cell.borrow_mut();
    println!("never {}", again.0);
}

// expect: count 2
// expect: drop cell changed
// expect: drop shared
// panic: RefCell already borrowed
// panic-at: 20:22

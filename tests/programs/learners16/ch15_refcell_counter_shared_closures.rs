// An Rc<RefCell<u32>> counter shared by two owners, incremented through each and read with borrow().
use std::cell::RefCell;
use std::rc::Rc;

struct Clicker {
    count: Rc<RefCell<u32>>,
    step: u32,
}

impl Clicker {
    fn click(&self) {
        *self.count.borrow_mut() += self.step;
    }
}

fn main() {
    let count = Rc::new(RefCell::new(0));
    let a = Clicker { count: Rc::clone(&count), step: 1 };
    let b = Clicker { count: Rc::clone(&count), step: 10 };
    a.click();
    b.click();
    a.click();
    println!("{} (owners {})", count.borrow(), Rc::strong_count(&count));
}
// expect: 12 (owners 3)

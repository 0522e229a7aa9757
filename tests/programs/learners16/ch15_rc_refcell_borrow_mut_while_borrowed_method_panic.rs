// A method holding self.items.borrow() while calling another that borrow_mut()s: BorrowMutError panic at run time.
use std::cell::RefCell;

struct Inventory {
    items: RefCell<Vec<String>>,
}

impl Inventory {
    fn add(&self, s: &str) {
        self.items.borrow_mut().push(s.to_string());
    }
    fn restock(&self) {
        let items = self.items.borrow();
        if items.len() < 3 {
            self.add("spare");
        }
    }
}

fn main() {
    let inv = Inventory { items: RefCell::new(vec![String::from("a")]) };
    inv.add("b");
    inv.restock();
    println!("{}", inv.items.borrow().len());
}
// panic: RefCell already borrowed
// panic-at: 10:20

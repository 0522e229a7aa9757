// A guard ends with its scope, so a later borrow_mut in the same function succeeds.
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::new());
    {
        let view = log.borrow();
        println!("empty: {}", view.is_empty());
    }
    log.borrow_mut().push("started");
    println!("{:?}", log.borrow());
}
// expect: empty: true
// expect: ["started"]

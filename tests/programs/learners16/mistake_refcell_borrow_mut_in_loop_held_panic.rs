// Holding a borrow() of an Rc<RefCell<Vec>> in a loop over it while calling a function that borrow_mut()s: panics.
use std::cell::RefCell;
use std::rc::Rc;

fn record(log: &Rc<RefCell<Vec<String>>>, msg: &str) {
    log.borrow_mut().push(msg.to_string());
}

fn main() {
    let log = Rc::new(RefCell::new(vec![String::from("start")]));
    record(&log, "one");
    for entry in log.borrow().iter() {
        println!("{}", entry);
        record(&log, "echo");
    }
}
// expect: start
// panic: RefCell already borrowed
// panic-at: 6:9

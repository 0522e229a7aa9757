// Two owners push into one Rc<RefCell<Vec<String>>>; the Vec grows once shared, freed when the last owner goes.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let writer = Rc::clone(&log);
    for i in 0..5 {
        let target = if i % 2 == 0 { &log } else { &writer };
        target.borrow_mut().push(format!("entry {}", i));
    }
    println!("{} {}", log.borrow().len(), log.borrow().capacity());
    drop(log);
    println!("{:?}", writer.borrow().last());
}
// expect: 5 8
// expect: Some("entry 4")

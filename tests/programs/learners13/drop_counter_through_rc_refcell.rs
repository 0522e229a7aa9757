// A Drop impl that records into a shared Rc<RefCell<Vec<String>>> log, checked after each scope.
use std::cell::RefCell;
use std::rc::Rc;

struct Tracked {
    name: String,
    log: Rc<RefCell<Vec<String>>>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.log.borrow_mut().push(format!("dropped {}", self.name));
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    {
        let _a = Tracked { name: "a".into(), log: Rc::clone(&log) };
        let _b = Tracked { name: "b".into(), log: Rc::clone(&log) };
        println!("inside: {:?}, rc count {}", log.borrow(), Rc::strong_count(&log));
    }
    println!("after: {:?}", log.borrow());
    let c = Tracked { name: "c".into(), log: Rc::clone(&log) };
    drop(c);
    println!("{:?} count {}", log.borrow(), Rc::strong_count(&log));
}
// expect: inside: [], rc count 3
// expect: after: ["dropped b", "dropped a"]
// expect: ["dropped b", "dropped a", "dropped c"] count 1

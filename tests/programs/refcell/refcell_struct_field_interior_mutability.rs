// A struct with a RefCell field changes it from a &self method: the mock-object pattern.
use std::cell::RefCell;

struct Recorder {
    sent: RefCell<Vec<String>>,
}

impl Recorder {
    fn send(&self, message: &str) {
        self.sent.borrow_mut().push(String::from(message));
    }
}

fn main() {
    let r = Recorder { sent: RefCell::new(vec![]) };
    r.send("over 75% of quota");
    r.send("over 90% of quota");
    println!("{}", r.sent.borrow().len());
    println!("{}", r.sent.borrow()[1]);
}
// expect: 2
// expect: over 90% of quota

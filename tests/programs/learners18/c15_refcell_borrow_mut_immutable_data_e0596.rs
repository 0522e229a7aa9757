// A method taking &self cannot push to a plain Vec field even when called on a RefCell's borrow: E0596.
use std::cell::RefCell;

struct Log {
    lines: Vec<String>,
}

impl Log {
    fn add(&self, s: &str) {
        self.lines.push(s.to_string());
    }
}

fn main() {
    let l = RefCell::new(Log { lines: vec![] });
    l.borrow_mut().add("x");
}
// error: E0596 at 10:9

// A RefCell<Option<Box<String>>> slot filled, read, replaced and taken through &self.
use std::cell::RefCell;

struct Slot {
    inner: RefCell<Option<Box<String>>>,
}

impl Slot {
    fn put(&self, s: &str) -> Option<Box<String>> {
        self.inner.borrow_mut().replace(Box::new(s.to_string()))
    }
    fn peek_len(&self) -> usize {
        self.inner.borrow().as_ref().map(|b| b.len()).unwrap_or(0)
    }
}

fn main() {
    let s = Slot { inner: RefCell::new(None) };
    println!("{:?} {}", s.put("first"), s.peek_len());
    println!("{:?} {}", s.put("second!"), s.peek_len());
    let taken = s.inner.borrow_mut().take();
    println!("{:?} {}", taken, s.peek_len());
}
// expect: None 5
// expect: Some("first") 7
// expect: Some("second!") 0

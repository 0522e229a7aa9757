// The learner's &self and &mut self methods are called through a RefCell's Ref and RefMut guards by auto-deref.
use std::cell::RefCell;
struct Counter {
    hits: u32,
}
impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }
    fn report(&self) -> String {
        format!("{} hits", self.hits)
    }
}
fn main() {
    let c = RefCell::new(Counter { hits: 0 });
    c.borrow_mut().bump();
    c.borrow_mut().bump();
    println!("{}", c.borrow().report());
}
// expect: 2 hits

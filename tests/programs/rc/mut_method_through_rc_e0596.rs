// A &mut self method of the learner's struct cannot be called through an Rc: E0596, the Rc only gives shared access.
use std::rc::Rc;
struct Counter {
    hits: u32,
}
impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }
}
fn main() {
    let c = Rc::new(Counter { hits: 0 });
    c.bump();
    println!("{}", c.hits);
}
// error: E0596 at 13:5

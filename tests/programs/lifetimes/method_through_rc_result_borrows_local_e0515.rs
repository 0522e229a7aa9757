// A `&self` method reached through a local Rc borrows the Rc: returning the result from the function is E0515.
use std::rc::Rc;

struct Named(String);

impl Named {
    fn label(&self) -> &str {
        &self.0
    }
}

fn label_of(n: Named) -> &'static str {
    let rc = Rc::new(n);
    rc.label()
}

fn main() {
    println!("{}", label_of(Named(String::from("y"))));
}
// error: E0515 at 14:5

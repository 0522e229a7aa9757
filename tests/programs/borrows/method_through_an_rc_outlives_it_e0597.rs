// A &str from a method called through an Rc borrows the Rc variable: keeping it past the Rc's scope is E0597.
use std::rc::Rc;

struct Dog {
    name: String,
}

impl Dog {
    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let kept;
    {
        let r = Rc::new(Dog { name: String::from("Ace") });
        kept = r.name();
    }
    println!("{}", kept);
}
// error: E0597 at 18:16

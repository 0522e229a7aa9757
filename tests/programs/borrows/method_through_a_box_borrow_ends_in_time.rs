// Results of methods called through a Box, an Rc and a Box<dyn Trait> used while their owner lives, then the owners moved or dropped: accepted, as rustc.
use std::rc::Rc;

trait Named {
    fn name(&self) -> &str;
}

struct Dog {
    name: String,
}

impl Named for Dog {
    fn name(&self) -> &str {
        &self.name
    }
}

impl Dog {
    fn first(&self) -> char {
        self.name.chars().next().unwrap()
    }
}

fn main() {
    let b = Box::new(Dog { name: String::from("Rex") });
    let n = b.name();
    println!("{} {}", n, b.first());
    let moved = b;
    let r = Rc::new(Dog { name: String::from("Ace") });
    let m = r.name().to_uppercase();
    drop(r);
    let d: Box<dyn Named> = Box::new(Dog { name: String::from("Bo") });
    let len = d.name().len();
    drop(d);
    println!("{} {} {}", moved.name(), m, len);
}
// expect: Rex R
// expect: Rex ACE 2

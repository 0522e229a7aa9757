// Cell<u32> inside a struct mutated through &self with get and set.
use std::cell::Cell;

struct Visits {
    n: Cell<u32>,
}

impl Visits {
    fn visit(&self) -> u32 {
        self.n.set(self.n.get() + 1);
        self.n.get()
    }
}

fn main() {
    let v = Visits { n: Cell::new(0) };
    v.visit();
    v.visit();
    println!("{}", v.visit());
    let c = Cell::new(5);
    let old = c.replace(9);
    println!("{} {}", old, c.get());
}
// expect: 3
// expect: 5 9

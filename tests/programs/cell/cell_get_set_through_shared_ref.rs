// Cell<T> of a Copy value is changed with set and read with get through a shared reference; it has no flag and no guard.
use std::cell::Cell;

struct Visits {
    count: Cell<u32>,
}

impl Visits {
    fn visit(&self) {
        self.count.set(self.count.get() + 1);
    }
}

fn main() {
    let v = Visits { count: Cell::new(0) };
    v.visit();
    v.visit();
    v.visit();
    println!("{}", v.count.get());
}
// expect: 3

// `counter.increment()` on a Cell<u32>: no such method, E0599; Cell has get and set.
use std::cell::Cell;

fn main() {
    let counter = Cell::new(0u32);
    counter.increment();
    println!("{}", counter.get());
}
// error: E0599 at 6:13

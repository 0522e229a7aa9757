// Cell::replace swaps in a new value and returns the old; take leaves the default behind.
use std::cell::Cell;

fn main() {
    let c = Cell::new(5);
    let old = c.replace(8);
    println!("{} {}", old, c.get());
    let taken = c.take();
    println!("{} {}", taken, c.get());
    println!("{}", c.into_inner());
}
// expect: 5 8
// expect: 8 0
// expect: 0

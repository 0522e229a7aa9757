// {:?} of a Cell prints `Cell { value: .. }`.
use std::cell::Cell;

fn main() {
    let flag = Cell::new(true);
    flag.set(false);
    println!("{:?}", flag);
}
// expect: Cell { value: false }

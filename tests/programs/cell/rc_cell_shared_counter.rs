// Rc<Cell<u32>>: two owners bump one counter in one heap cell of 24 bytes.
use std::cell::Cell;
use std::rc::Rc;

fn main() {
    let hits = Rc::new(Cell::new(0u32));
    let also = Rc::clone(&hits);
    hits.set(hits.get() + 1);
    also.set(also.get() + 10);
    println!("{} {}", hits.get(), Rc::strong_count(&also));
}
// expect: 11 2

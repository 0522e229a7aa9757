// Cell::set works for any value: the old String is dropped (its buffer freed) as the new one moves in.
use std::cell::Cell;

fn main() {
    let label = Cell::new(String::from("old"));
    label.set(String::from("newer"));
    let inside = label.take();
    println!("{} {:?}", inside, label.into_inner());
}
// expect: newer ""

// A channel from `std::sync::mpsc` is "not supported yet" at its use line.
use std::sync::mpsc;
fn main() {
    let (tx, rx) = mpsc::channel();
    tx.send(5).unwrap();
    println!("{}", rx.recv().unwrap());
}
// expect: 5
// unsupported: `std::sync::mpsc` at 2:5

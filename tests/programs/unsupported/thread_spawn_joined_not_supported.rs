// A thread spawned and joined (`use std::thread;`, the book's first concurrency program) is "not supported yet" at the use, never an unresolved-import error.
use std::thread;
fn main() {
    let handle = thread::spawn(|| 5 + 5);
    println!("{}", handle.join().unwrap());
}
// expect: 10
// unsupported: `std::thread` at 2:5

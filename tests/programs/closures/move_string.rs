// A `move` closure takes its String by value; calling it through FnOnce drops it at the end of the call.
fn consume<F: FnOnce() -> usize>(f: F) -> usize {
    f()
}

fn main() {
    let name = String::from("Ferris");
    let len = move || name.len();
    println!("{}", consume(len));
}
// expect: 6

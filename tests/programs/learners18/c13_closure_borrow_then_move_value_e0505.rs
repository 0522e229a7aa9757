// Moving a String into a function while a closure still borrows it is E0505.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hello");
    let peek = || s.len();
    let n = consume(s);
    println!("{} {}", peek(), n);
}
// error: E0505 at 9:21

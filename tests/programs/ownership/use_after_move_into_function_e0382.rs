// After a String is moved into a function, using it in the caller is E0382 at the use.
fn consume(s: String) {
    println!("consumed {}", s);
}

fn main() {
    let s = String::from("hello");
    consume(s);
    println!("{}", s);
}
// error: E0382 at 9:20

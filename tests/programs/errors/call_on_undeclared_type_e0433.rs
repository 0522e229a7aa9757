// Calling `new` on a type that does not exist is error E0433.
fn main() {
    let s = Strng::new();
    println!("{}", s);
}
// error: E0433 at 3:13

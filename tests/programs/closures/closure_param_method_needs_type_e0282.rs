// A method called on a closure parameter nothing has typed yet is E0282 at the parameter, even though a later call would say the type.
fn main() {
    let len = |s| s.len();
    println!("{}", len("abc"));
}
// error: E0282 at 3:16

// A `&str` literal is not a `String`: it must be converted with `String::from`.
fn main() {
    let s: String = "hello";
    println!("{}", s);
}
// error: E0308 at 3:21

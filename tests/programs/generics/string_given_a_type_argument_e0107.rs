// String takes no generic arguments: `String<char>` is E0107 at the type (it was accepted and ran).
fn main() {
    let s: String<char> = String::from("abc");
    println!("{}", s);
}
// error: E0107 at 3:12

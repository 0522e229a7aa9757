// `s.push_str(&s)` is error E0502: the string cannot be read while push_str holds it mutably.
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s);
    println!("{}", s);
}
// error: E0502 at 4:5

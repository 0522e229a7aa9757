// s.push("ab") with a string literal where a char is expected: E0308.
fn main() {
    let mut s = String::new();
    s.push("ab");
    println!("{}", s);
}
// error: E0308 at 4:12

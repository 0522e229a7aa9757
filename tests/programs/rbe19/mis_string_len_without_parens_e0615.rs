// `s.len` without parentheses on a String names a method as a field: E0615.
fn main() {
    let s = String::from("hello");
    let n = s.len;
    println!("{}", n);
}
// error: E0615 at 4:15

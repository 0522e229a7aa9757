// s.push_str(5) with an integer instead of a &str: E0308.
fn main() {
    let mut s = String::new();
    s.push_str(5);
    println!("{}", s);
}
// error: E0308 at 4:16

// A pattern may copy `p.1` out of a tuple whose `p.0` was moved away: only the parts a pattern binds are used.
fn main() {
    let p = (String::from("name"), 42);
    let s = p.0;
    let (_, n) = p;
    println!("{} {}", s, n);
}
// expect: name 42

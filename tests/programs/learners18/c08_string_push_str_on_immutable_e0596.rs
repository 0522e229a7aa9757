// push_str on a String bound without mut is E0596.
fn main() {
    let s = String::from("foo");
    s.push_str("bar");
    println!("{s}");
}
// error: E0596 at 4:5

// A pair built from a local tuple's elements hands on the borrow of the local String: E0515.
fn bad<'a>(x: &'a str) -> (&'a str, &'a str) {
    let s = String::from("x");
    let t = (x, s.as_str());
    (t.0, t.1)
}
fn main() { println!("{:?}", bad("q")); }
// error: E0515 at 5:5

// The first element of a local tuple holding the parameter and a borrow of a local String may be returned: the tuple's other borrow is not handed on.
fn good<'a>(x: &'a str) -> &'a str {
    let s = String::from("x");
    let t = (x, s.as_str());
    println!("{}", t.1);
    t.0
}
fn main() { println!("{:?}", good("q")); }
// expect: x
// expect: "q"

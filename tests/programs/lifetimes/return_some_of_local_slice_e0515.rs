// `Some(&s[..2])` of a local String cannot be returned, even as `Option<&'static str>` (E0515).
fn make() -> Option<&'static str> {
    let s = String::from("hello");
    Some(&s[..2])
}

fn main() {
    println!("{:?}", make());
}
// error: E0515 at 4:5

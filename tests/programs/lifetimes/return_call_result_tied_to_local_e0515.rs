// A call whose result shares a lifetime with `&a` of a local hands that borrow on: returning it is E0515.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn pick() -> &'static str {
    let a = String::from("ab");
    longest(&a, "c")
}

fn main() {
    println!("{}", pick());
}
// error: E0515 at 8:5

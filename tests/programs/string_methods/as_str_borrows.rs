// `as_str()` borrows a String as a `&str` without copying.
fn shout(s: &str) -> usize {
    s.len()
}

fn main() {
    let owned = String::from("quiet");
    let view: &str = owned.as_str();
    println!("{} {}", view, shout(owned.as_str()));
}
// expect: quiet 5

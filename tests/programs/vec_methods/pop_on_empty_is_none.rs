// `pop` on an empty Vec returns None and does not panic.
fn main() {
    let mut v: Vec<String> = Vec::new();
    println!("{:?}", v.pop());
    println!("{}", v.is_empty());
}
// expect: None
// expect: true

// A Box owns what it points at, so a by-value method may move out through it.
fn main() {
    let boxed = Box::new(Some(String::from("inside")));
    let s = boxed.unwrap();
    println!("{}", s);
}
// expect: inside

// `(&s, 1)` returned as `(&'static str, i32)`: the element is coerced to `&str` first, then the borrow of the local is E0515 (not E0308).
fn pair() -> (&'static str, i32) {
    let s = String::from("a");
    (&s, 1)
}

fn main() {
    println!("{:?}", pair());
}
// error: E0515 at 4:5

// `String::from`, `.to_string()` and `.to_owned()` all copy a `&str` into a fresh exact-size buffer.
fn main() {
    let a = String::from("abc");
    let b = "defg".to_string();
    let c = "hi".to_owned();
    println!("{} {} {}", a.capacity(), b.capacity(), c.capacity());
}
// expect: 3 4 2

// `&s[0..5]` is a `&str` view into part of a String's heap buffer, with no new allocation.
fn main() {
    let s = String::from("hello world");
    let hello = &s[0..5];
    let world = &s[6..11];
    println!("{} / {}", hello, world);
    println!("{} {} {}", &s[..2], &s[3..], &s[..]);
}
// expect: hello / world
// expect: he lo world hello world

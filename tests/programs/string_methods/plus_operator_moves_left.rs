// `s1 + &s2` takes ownership of s1, appends s2 to its buffer and returns it.
fn main() {
    let s1 = String::from("Hello, ");
    let s2 = String::from("world!");
    let s3 = s1 + &s2;
    println!("{} {}", s3, s2);
}
// expect: Hello, world! world!

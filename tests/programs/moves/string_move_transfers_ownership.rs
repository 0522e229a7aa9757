// `let b = a;` moves a String: b now owns the same heap buffer and nothing is copied.
fn main() {
    let a = String::from("hello");
    let b = a;
    println!("{}", b);
}
// expect: hello

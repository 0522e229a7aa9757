// A non-ASCII character written in a byte string literal is rejected at the character (rustc: "non-ASCII character in byte string literal").
fn main() {
    let b = b"café";
    println!("{:?}", b);
}
// error: "non-ASCII character in byte string literal" at 3:18

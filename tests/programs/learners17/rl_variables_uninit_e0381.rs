// Rustlings-style: a binding declared without a value and printed is E0381 at its use.
fn main() {
    let x: i32;
    println!("Number {}", x);
}
// error: E0381 at 4:27

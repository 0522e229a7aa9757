// Reading a variable declared without a value and never assigned is error E0381.
fn main() {
    let x: i32;
    println!("{}", x);
}
// error: E0381 at 4:20

// A variable declared without `mut` cannot be assigned again.
fn main() {
    let x = 5;
    println!("{}", x);
    x = 6;
    println!("{}", x);
}
// error: E0384 at 5:5

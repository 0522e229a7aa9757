// Assigning twice to an immutable binding: E0384.
fn main() {
    let x = 5;
    println!("The value of x is: {x}");
    x = 6;
    println!("The value of x is: {x}");
}
// error: E0384 at 5:5

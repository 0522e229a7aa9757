// Calling a function that is not defined anywhere is error E0425.
fn main() {
    let x = compute(3);
    println!("{}", x);
}
// error: E0425 at 3:13

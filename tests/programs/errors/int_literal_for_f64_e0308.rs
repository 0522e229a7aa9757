// An integer literal is not a float: `let x: f64 = 5;` is rejected.
fn main() {
    let x: f64 = 5;
    println!("{}", x);
}
// error: E0308 at 3:18

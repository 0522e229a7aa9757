// Even literals cannot mix: `1 + 2.0` is "cannot add a float to an integer".
fn main() {
    let x = 1 + 2.0;
    println!("{}", x);
}
// error: E0277 at 3:15

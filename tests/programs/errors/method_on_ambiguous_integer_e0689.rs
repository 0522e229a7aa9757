// A method like `pow` on an integer literal whose type is not known yet is error E0689.
fn main() {
    let x = 2.pow(10);
    println!("{}", x);
}
// error: E0689 at 3:15

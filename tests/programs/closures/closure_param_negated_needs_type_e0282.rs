// A unary minus on a closure parameter nothing has typed yet is E0282 at the parameter too.
fn main() {
    let neg = |x| -x;
    println!("{}", neg(3));
}
// error: E0282 at 3:16

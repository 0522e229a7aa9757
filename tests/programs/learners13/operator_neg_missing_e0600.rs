// Unary minus on a struct without a Neg impl is E0600.
#[derive(Debug)]
struct P(i32);

fn main() {
    let p = P(3);
    let q = -p;
    println!("{:?}", q);
}
// error: E0600 at 7:13

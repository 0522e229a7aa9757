// `<` needs PartialOrd: a struct that derives only PartialEq is E0369 at the operator.
#[derive(PartialEq)]
struct Meters(f64);
fn main() {
    let a = Meters(1.5);
    let b = Meters(2.0);
    println!("{}", a == b);
    println!("{}", a < b);
}
// error: E0369 at 8:22

// A Range is PartialEq but not PartialOrd: `<` between two ranges is E0369 at the operator.
fn main() {
    let a = 0..2;
    let b = 0..3;
    println!("{}", a == b);
    println!("{}", a < b);
}
// error: E0369 at 6:22
// headline: differs: rustc prints std's ambiguous names in full (`std::ops::Range`)

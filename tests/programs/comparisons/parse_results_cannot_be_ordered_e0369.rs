// ParseIntError has PartialEq but not PartialOrd, so `<` on two parse results is E0369 at the operator.
fn main() {
    let a = "1".parse::<i32>();
    let b = "2".parse::<i32>();
    println!("{}", a == b);
    println!("{}", a < b);
}
// error: E0369 at 6:22

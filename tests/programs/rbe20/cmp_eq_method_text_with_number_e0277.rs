// eq on a String compares with any text, but a number is rustc's E0277 at the argument.
fn main() {
    let s = String::from("5");
    println!("{}", s.eq(&5));
}
// error: E0277 at 4:25

// A String has PartialEq with text only: `s == 5` is E0277 at the operator (not a type mismatch).
fn main() {
    let s = String::from("5");
    println!("{}", s == 5);
}
// error: E0277 at 4:22

// Both branches of an `if` expression must have the same type, otherwise E0308.
fn main() {
    let condition = true;
    let number = if condition { 5 } else { "six" };
    println!("{}", number);
}
// error: E0308 at 4:44

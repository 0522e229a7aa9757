// Two .. in one tuple pattern is ambiguous and rejected without a code.
fn main() {
    let numbers = (2, 4, 8, 16, 32);
    match numbers {
        (.., second, ..) => println!("Some numbers: {second}"),
    }
}
// error: "`..` can only be used once per tuple pattern" at 5:22

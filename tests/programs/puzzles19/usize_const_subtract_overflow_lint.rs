// A constant usize index 0 - 1 is caught at compile time by the deny-by-default arithmetic_overflow lint.
fn main() {
    let row = vec!['.', '#', '.'];
    let c: usize = 0;
    let left = row[c - 1];
    println!("{left}");
}
// error: lint arithmetic_overflow at 5:20

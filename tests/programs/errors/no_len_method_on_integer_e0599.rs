// `.len()` exists on String, &str and Vec, but not on integers.
fn main() {
    let count: u32 = 12;
    println!("{}", count.len());
}
// error: E0599 at 4:26

// Comparing an i32 with an i64 is a type mismatch.
fn main() {
    let a: i32 = 1;
    let b: i64 = 1;
    println!("{}", a == b);
}
// error: E0308 at 5:25

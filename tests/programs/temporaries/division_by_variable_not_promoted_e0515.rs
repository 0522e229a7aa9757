// A division by a variable may panic, so `&(10 / n)` is a temporary: returning it is E0515.
fn tenth(n: i32) -> &'static i32 {
    &(10 / n)
}
fn main() {
    println!("{}", tenth(2));
}
// error: E0515 at 3:5

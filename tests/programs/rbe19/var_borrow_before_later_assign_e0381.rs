// Borrowing a binding that is only assigned further down is E0381, worded "possibly-uninitialized" as rustc words it.
fn main() {
    let total: i32;
    let r = &total;
    total = 10;
    println!("{}", r);
}
// error: E0381 at 4:13

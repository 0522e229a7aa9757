// Calling a one-parameter closure with two arguments is E0057.
fn main() {
    let add_one = |x: i32| x + 1;
    println!("{}", add_one(1, 2));
}
// error: E0057 at 4:20

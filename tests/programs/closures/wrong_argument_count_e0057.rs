// Calling a closure with the wrong number of arguments is E0057.
fn main() {
    let f = |x: i32| x + 1;
    println!("{}", f(1, 2));
}
// error: E0057 at 4:20

// Calling through a `fn` pointer with too many arguments is E0061, as for a function.
fn main() {
    let f: fn(i32) -> i32 = |x| x + 1;
    println!("{}", f(1, 2));
}
// error: E0061 at 4:20

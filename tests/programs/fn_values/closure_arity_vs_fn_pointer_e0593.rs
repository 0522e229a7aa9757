// A two-parameter closure where a fn(i32) -> i32 is wanted: E0593 at the closure, as for an Fn bound.
fn main() {
    let f: fn(i32) -> i32 = |x, y| x;
    println!("{}", f(3));
}
// error: E0593 at 3:29

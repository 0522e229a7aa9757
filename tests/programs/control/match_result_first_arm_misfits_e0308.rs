// A `match` giving a function's `i32` result reports its first arm that does not fit `i32`, even when it is the first arm.
fn label(n: i32) -> i32 {
    match n {
        0 => "zero",
        _ => 1,
    }
}
fn main() {
    println!("{}", label(1));
}
// error: E0308 at 4:14

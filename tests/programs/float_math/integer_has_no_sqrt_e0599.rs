// An i32 has no `sqrt` (std gives integers `isqrt`): error E0599, as rustc says.
fn main() {
    let n: i32 = 16;
    println!("{}", n.sqrt());
}
// error: E0599 at 4:22

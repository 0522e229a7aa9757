// `u64::from(5)`: the literal falls back to i32, and u64 has no From<i32>: E0277 as rustc.
fn main() {
    let a = u64::from(5);
}
// error: E0277 at 3:13

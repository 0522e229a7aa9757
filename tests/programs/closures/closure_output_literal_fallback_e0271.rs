// `|x| x + 1` called with a bare literal: rustc settles x + 1's Output only after the literal falls back to i32, so the result is no u8 (E0271).
fn main() {
    let add_one = |x| x + 1;
    let a: u8 = add_one(254);
    println!("{}", a);
}
// error: E0271 at 3:25

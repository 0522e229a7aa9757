// A function whose result type differs from the bound's `-> R` is rejected where it is passed.
fn half(x: i32) -> f64 {
    x as f64 / 2.0
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    println!("{}", apply(half, 1));
}
// error: E0271 at 11:26
// headline: differs: rustc names a fn item by its path alone

// The result of `double(5)` is unknown until the literal falls back, so a method on it is E0282 at its binding; `double(5i64)` would be known.
fn main() {
    let double = |x| x * 2;
    let y = double(5);
    println!("{}", y.pow(2));
}
// error: E0282 at 4:9

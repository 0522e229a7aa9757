// A `then` block ending in a statement gives `()`, which does not fit the `let`'s `i32`: the error is at that block.
fn main() {
    let n = 3;
    let x: i32 = if n > 2 { n; } else { 1 };
    println!("{}", x);
}
// error: E0308 at 4:27

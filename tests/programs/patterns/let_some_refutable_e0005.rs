// A plain `let Some(x) = ...` is refutable: E0005 points at the pattern.
fn main() {
    let maybe: Option<i32> = Some(3);
    let Some(x) = maybe;
    println!("{}", x);
}
// error: E0005 at 4:9

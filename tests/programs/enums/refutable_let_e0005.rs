// `let Some(x) = ...` without `else` is a refutable pattern in a local binding: E0005 at the pattern.
fn main() {
    let maybe: Option<i32> = Some(3);
    let Some(x) = maybe;
    println!("{}", x);
}
// error: E0005 at 4:9

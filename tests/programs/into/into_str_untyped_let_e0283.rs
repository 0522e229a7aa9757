// `let s = "hi".into();` never typed: E0283 at the pattern, not a conversion into a guessed String.
fn main() {
    let s = "hi".into();
    println!("{}", s);
}
// error: E0283 at 3:9

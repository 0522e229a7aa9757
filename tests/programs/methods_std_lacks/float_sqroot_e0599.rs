// A misspelled float method (`sqroot`, std has `sqrt`) is rustc's E0599.
fn main() {
    let x = 2.0f64;
    println!("{}", x.sqroot());
}
// error: E0599 at 4:22

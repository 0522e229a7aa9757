// An unannotated `sum()` used by `+` before anything names its type needs an annotation: E0283 at the `let`'s pattern.
fn main() {
    let v = vec![1, 2, 3];
    let t = v.iter().sum();
    println!("{}", t + 1);
}
// error: E0283 at 4:9

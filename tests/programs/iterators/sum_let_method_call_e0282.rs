// A method called on an unannotated `sum()` needs its type first: E0282 at the `let`'s pattern.
fn main() {
    let v = vec![1, 2, 3];
    let t = v.iter().sum();
    println!("{}", t.pow(2));
}
// error: E0282 at 4:9

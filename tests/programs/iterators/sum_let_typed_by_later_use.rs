// A `let` holding an unannotated `sum()` is typed by a later annotated `let` it moves into.
fn main() {
    let v = vec![10, 20, 30];
    let t = v.iter().sum();
    let u: u64 = t;
    println!("{}", u);
}
// expect: 60

// `len()` called on an unannotated `collect()` needs its type first: E0282 at the `let`'s pattern, not at the call.
fn main() {
    let v = vec![1, 2, 3];
    let c = v.iter().collect();
    println!("{}", c.len());
}
// error: E0282 at 4:9

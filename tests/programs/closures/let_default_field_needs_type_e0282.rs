// `let v = Default::default();` read through a field: E0282 at the `let`'s binding, not where the field is read.
fn main() {
    let v = Default::default();
    let w = v;
    println!("{}", w.0);
}
// error: E0282 at 3:9

// `let v = Vec::new();` whose element type nothing settles (its len read only) is E0282 at the binding.
fn main() {
    let v = Vec::new();
    println!("{}", v.len());
}
// error: E0282 at 3:9

// Pushing needs a mutable Vec: without `let mut` it cannot be borrowed as mutable.
fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{:?}", v);
}
// error: E0596 at 4:5

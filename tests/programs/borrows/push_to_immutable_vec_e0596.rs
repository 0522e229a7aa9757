// Calling `push` on a Vec bound without `mut` is error E0596.
fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{:?}", v);
}
// error: E0596 at 4:5

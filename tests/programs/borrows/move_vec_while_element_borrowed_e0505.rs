// Moving a Vec while a reference to one of its elements is still used is error E0505.
fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    let w = v;
    println!("{} {}", first, w.len());
}
// error: E0505 at 5:13

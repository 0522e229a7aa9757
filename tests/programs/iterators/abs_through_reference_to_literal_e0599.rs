// `n.abs()` on an `&{integer}` (items of an unannotated array) is E0599 for the reference, not E0689: rustc does not look through it.
fn main() {
    let v = [3, -7];
    let m: Vec<i32> = v.iter().map(|n| n.abs()).collect();
    println!("{:?}", m);
}
// error: E0599 at 4:42

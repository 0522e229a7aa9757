// A lone mutable borrow of a local not declared `mut` is E0596 at the borrow, reported before the E0502 that starts there too (rustc sorts by span: start, then end).
fn main() {
    let v = vec![1];
    let r = &v;
    v.push(2);
    println!("{:?}", r);
}
// error: E0596 at 5:5

// In `v[v[i]] = 7` the outer IndexMut borrows v mutably before the inner index reads it: E0502 at the inner `v`.
fn main() {
    let mut v = vec![1, 2, 3];
    let i = 0;
    v[v[i]] = 7;
    println!("{:?}", v);
}
// error: E0502 at 5:7

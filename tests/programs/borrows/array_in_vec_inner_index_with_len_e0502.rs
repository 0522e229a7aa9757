// In `v[1][v.len() - 1] = 3` on a Vec of arrays, the array's index is computed while IndexMut still borrows v: E0502.
fn main() {
    let mut v = vec![[0; 2]; 2];
    v[1][v.len() - 1] = 3;
    println!("{:?}", v);
}
// error: E0502 at 4:10

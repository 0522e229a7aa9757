// The index of a receiver (`rows[k].push(1)`) is read before the call: with k mutably borrowed it is error E0503.
fn main() {
    let mut rows = vec![vec![1], vec![2]];
    let mut k = 0;
    let r = &mut k;
    rows[k].push(1);
    *r += 1;
    println!("{:?}", rows);
}
// error: E0503 at 6:10

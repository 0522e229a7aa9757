// `rows[0].push(rows.len())` is error E0502: the `&mut rows` IndexMut takes for the receiver is held through the arguments.
fn main() {
    let mut rows = vec![vec![1], vec![2]];
    rows[0].push(rows.len());
    println!("{:?}", rows);
}
// error: E0502 at 4:18

// `v[v.len() - 1] = 0` is error E0502: indexing a Vec for assignment borrows it mutably before the index is computed.
fn main() {
    let mut v = vec![1, 2, 3];
    v[v.len() - 1] = 0;
    println!("{:?}", v);
}
// error: E0502 at 4:7

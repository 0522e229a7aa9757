// `v.retain(|e| e != x)` with `x` borrowed from v is error E0502: the closure holds x while retain borrows v mutably.
fn main() {
    let mut v = vec![3, 1, 2];
    let x = v.iter().max().unwrap();
    v.retain(|e| e != x);
    println!("{:?}", v);
}
// error: E0502 at 5:5

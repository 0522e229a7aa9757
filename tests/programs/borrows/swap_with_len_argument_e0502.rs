// `v.swap(0, v.len() - 1)` is error E0502: `swap` is a slice method, so `v` is borrowed mutably before the arguments are read.
fn main() {
    let mut v = vec![1, 2, 3];
    v.swap(0, v.len() - 1);
    println!("{:?}", v);
}
// error: E0502 at 4:15

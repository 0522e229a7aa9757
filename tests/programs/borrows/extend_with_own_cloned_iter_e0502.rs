// `v.extend(v.iter().cloned())` borrows v through the argument's iterator while extend needs `&mut v`: error E0502.
fn main() {
    let mut v: Vec<char> = vec!['a'];
    v.extend(v.iter().cloned());
    println!("{:?}", v);
}
// error: E0502 at 4:5

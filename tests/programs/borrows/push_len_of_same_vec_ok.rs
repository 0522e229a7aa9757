// `v.push(v.len())` is accepted: the `&mut` for push is only activated after the argument is evaluated (two-phase borrow).
fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(v.len());
    v.push(v.len());
    println!("{:?}", v);
}
// expect: [0, 1, 2]

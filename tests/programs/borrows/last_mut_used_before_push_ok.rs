// The `&mut` from `v.last_mut()` ends at its last use, so a later push is accepted.
fn main() {
    let mut v = vec![1, 2, 3];
    let last = v.last_mut().unwrap();
    *last += 10;
    v.push(4);
    println!("{:?}", v);
}
// expect: [1, 2, 13, 4]

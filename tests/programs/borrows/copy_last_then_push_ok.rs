// Copying the last element out with `*` ends the borrow, so pushing it back is accepted.
fn main() {
    let mut v = vec![1, 2, 3];
    let last = *v.last().unwrap();
    v.push(last);
    println!("{:?}", v);
}
// expect: [1, 2, 3, 3]

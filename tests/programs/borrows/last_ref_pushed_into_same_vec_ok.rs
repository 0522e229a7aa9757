// `v.push(*last)` is accepted: `*last` is read before push activates its `&mut`, and `last` is not used after.
fn main() {
    let mut v = vec![1, 2, 3];
    let last = v.last().unwrap();
    v.push(*last);
    println!("{:?}", v);
}
// expect: [1, 2, 3, 3]

// `dedup` removes consecutive equal elements.
fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 3, 1];
    v.dedup();
    println!("{:?}", v);
}
// expect: [1, 2, 3, 1]

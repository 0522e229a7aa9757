// `v.push(v[0])` is accepted: `v[0]` is copied out before push takes `v` mutably.
fn main() {
    let mut v = vec![7, 8];
    v.push(v[0]);
    println!("{:?}", v);
}
// expect: [7, 8, 7]

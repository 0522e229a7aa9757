// Closures are outside the subset: rustc runs `retain` with a closure, stack-heap says closures are not supported yet.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    v.retain(|x| x % 2 == 0);
    println!("{:?}", v);
}
// expect: [2, 4, 6]
// unsupported: closures

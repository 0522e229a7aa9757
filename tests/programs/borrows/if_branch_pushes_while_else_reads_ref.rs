// The `if` branch pushes to the Vec while only the `else` branch reads a reference into it: no path leads from the push to that read, so rustc accepts it.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    if v.len() > 2 {
        v.push(4);
    } else {
        println!("{}", first);
    }
    println!("{:?}", v);
}
// expect: [1, 2, 3, 4]

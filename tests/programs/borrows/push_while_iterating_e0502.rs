// Pushing to a Vec inside `for x in &v` is error E0502: the loop borrows `v` the whole time.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        v.push(*x);
    }
    println!("{:?}", v);
}
// error: E0502 at 5:9

// A shared borrow made before a loop and used after it cannot survive pushes inside the loop, error E0502.
fn main() {
    let mut v = vec![1];
    let first = &v[0];
    for i in 0..3 {
        v.push(i);
    }
    println!("{}", first);
}
// error: E0502 at 6:9

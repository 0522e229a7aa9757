// The Drain borrows the Vec mutably while the loop runs, so pushing onto it inside the loop is E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.drain(..) {
        v.push(x * 2);
    }
    println!("{:?}", v);
}
// error: E0499 at 5:9

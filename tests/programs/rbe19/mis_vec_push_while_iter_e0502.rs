// Pushing onto a Vec while iterating over it is E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        if *x == 2 {
            v.push(4);
        }
    }
    println!("{:?}", v);
}
// error: E0502 at 6:13

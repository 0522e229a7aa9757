// Pushing onto a Vec while iterating it: E0502 (the iterator holds a shared borrow).
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

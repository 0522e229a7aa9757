// Pushing to a Vec inside a for loop over &mut v is E0499.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        if *x == 2 {
            v.push(4);
        }
    }
}
// error: E0499 at 6:13

// Removing from a Vec inside a for over &v is E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    for (i, x) in v.iter().enumerate() {
        if *x == 2 {
            v.remove(i);
        }
    }
    println!("{v:?}");
}
// error: E0502 at 6:13

// A borrow taken in one iteration's `if` is still held at the next iteration's first use, so the push between them is E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let start = 0;
    let mut r = &start;
    for i in 0..3 {
        println!("{}", r);
        if i == 1 {
            r = &v[0];
        }
        v.push(i);
    }
}
// error: E0502 at 11:9

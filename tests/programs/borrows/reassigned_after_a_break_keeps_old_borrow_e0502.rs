// A `break` before the assignment leaves the `loop` with the old borrow still held: E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let fallback = 0;
    let mut r = &v[0];
    let mut tries = 0;
    loop {
        tries += 1;
        if tries > 2 {
            break;
        }
        r = &fallback;
    }
    v.push(4);
    println!("{}", r);
}
// error: E0502 at 14:5

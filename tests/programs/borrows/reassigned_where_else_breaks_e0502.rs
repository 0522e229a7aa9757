// An `else` that breaks out of the loop reaches the push after it with the old borrow still held: E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let spare = 5;
    let mut r = &v[0];
    for i in 0..3 {
        if i < 5 {
            r = &spare;
        } else {
            break;
        }
    }
    v.push(1);
    println!("{}", r);
}
// error: E0502 at 13:5

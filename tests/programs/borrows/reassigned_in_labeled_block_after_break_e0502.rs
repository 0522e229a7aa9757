// A labeled block left by a `break` before the assignment may keep the old borrow: E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let x = 5;
    let mut r = &v[0];
    let extra = 'pick: {
        if v.len() > 2 {
            break 'pick 1;
        }
        r = &x;
        2
    };
    v.push(extra);
    println!("{}", r);
}
// error: E0502 at 13:5

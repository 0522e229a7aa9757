// The other arm of the `match` returns, so every way on to the push goes through the new value: the old borrow is let go.
fn main() {
    let mut v = vec![1, 2, 3];
    let spare = 5;
    let mut r = &v[0];
    match v.first() {
        Some(_) => r = &spare,
        None => return,
    }
    v.push(1);
    println!("{}", r);
}
// expect: 5

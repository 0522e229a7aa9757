// An `else` that panics never reaches the push: the reference given a new value in the `if` no longer borrows the Vec there.
fn main() {
    let mut v = vec![1, 2, 3];
    let spare = 5;
    let mut r = &v[0];
    if v.len() > 1 {
        r = &spare;
    } else {
        panic!("too short");
    }
    v.push(1);
    println!("{}", r);
}
// expect: 5

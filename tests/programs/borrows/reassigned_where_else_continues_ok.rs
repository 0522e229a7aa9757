// An `else` that goes round the loop with `continue` never reaches the push in that iteration: the new value in the `if` ends the old borrow before it.
fn main() {
    let mut v = vec![1, 2, 3];
    let spare = 5;
    for i in 0..2 {
        let mut r = &v[0];
        if i == 0 {
            r = &spare;
        } else {
            continue;
        }
        v.push(1);
        println!("{}", r);
    }
}
// expect: 5

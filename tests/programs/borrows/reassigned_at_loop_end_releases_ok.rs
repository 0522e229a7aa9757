// A reference given a new value at the end of each iteration holds only that value's borrow round the loop: pushing after its use in an iteration compiles.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut r = &v[0];
    for i in 0..3 {
        println!("{}", r);
        if i == 1 {
            v.push(4);
        }
        r = &v[i];
    }
}
// expect: 1
// expect: 1
// expect: 2

// Integer division by a zero computed at run time panics "attempt to divide by zero".
fn main() {
    let v = vec![4, 2, 0];
    let mut total = 100;
    for d in &v {
        total = total / d;
        println!("{}", total);
    }
}
// expect: 25
// expect: 12
// panic: attempt to divide by zero
// panic-at: 6:17

// A kept windows iterator borrows the Vec: pushing to it while the iterator is still used is E0502.
fn main() {
    let mut readings = vec![3, 5, 4];
    let mut pairs = readings.windows(2);
    readings.push(7);
    println!("{:?}", pairs.next());
}
// error: E0502 at 5:5

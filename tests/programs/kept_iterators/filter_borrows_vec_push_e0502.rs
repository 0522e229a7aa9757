// A kept Filter borrows the Vec through its Iter: pushing while it is still used is error E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut big = v.iter().filter(|x| **x > 1);
    v.push(4);
    println!("{:?}", big.next());
}
// error: E0502 at 5:5

// Negating 0.0 gives -0.0, which prints with its sign but equals 0.0.
fn main() {
    let z = 0.0;
    let n = -z;
    println!("{} {:?}", n, n);
    println!("{}", n == z);
}
// expect: -0 -0.0
// expect: true

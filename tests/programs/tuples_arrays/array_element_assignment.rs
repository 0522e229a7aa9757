// Elements of a `mut` array can be assigned by index.
fn main() {
    let mut a = [1, 2, 3];
    a[0] = 10;
    a[2] += 5;
    println!("{:?}", a);
}
// expect: [10, 2, 8]

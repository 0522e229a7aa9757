// Assigning to an array element while a reference to it is still used is error E0506.
fn main() {
    let mut a = [1, 2, 3];
    let r = &a[0];
    a[0] = 9;
    println!("{}", r);
}
// error: E0506 at 5:5

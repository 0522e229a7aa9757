// A `&mut` borrow while a shared borrow is still used is error E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("The first element is: {first}");
}
// error: E0502 at 5:5

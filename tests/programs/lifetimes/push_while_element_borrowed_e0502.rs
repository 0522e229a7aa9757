// A reference to a Vec's first element blocks a push while it is still used: E0502.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let first = &v[0];
    v.push(6);
    println!("the first element is: {first}");
}
// error: E0502 at 5:5

// Assigning to a variable while a `&mut` to it is still used is error E0506.
fn main() {
    let mut x = 1;
    let r = &mut x;
    x = 3;
    *r += 1;
    println!("{}", x);
}
// error: E0506 at 5:5

// Assigning to a variable while a reference to it is still used is E0506.
fn main() {
    let mut x = 5;
    let r = &x;
    x = 6;
    println!("{} {}", r, x);
}
// error: E0506 at 5:5

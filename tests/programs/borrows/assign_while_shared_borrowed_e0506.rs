// Assigning to a variable while a reference to it is still used is error E0506.
fn main() {
    let mut x = 1;
    let r = &x;
    x = 5;
    println!("{r}");
}
// error: E0506 at 5:5

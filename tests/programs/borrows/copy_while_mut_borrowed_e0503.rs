// Copying an integer into another variable while a `&mut` to it is still used is error E0503.
fn main() {
    let mut x = 1;
    let r = &mut x;
    let y = x;
    *r += 1;
    println!("{}", y);
}
// error: E0503 at 5:13

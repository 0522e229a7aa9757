// `x += 1` while a shared reference to `x` is still used is error E0506.
fn main() {
    let mut x = 10;
    let r = &x;
    x += 1;
    println!("{} {}", r, x);
}
// error: E0506 at 5:5

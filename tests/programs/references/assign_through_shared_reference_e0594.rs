// Assigning through a shared `&` reference is error E0594.
fn main() {
    let mut x = 5;
    let r = &x;
    *r = 6;
    println!("{}", x);
}
// error: E0594 at 5:5

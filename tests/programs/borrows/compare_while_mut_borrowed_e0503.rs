// Comparing a variable in an `if` while a `&mut` to it is still used is error E0503.
fn main() {
    let mut n = 3;
    let r = &mut n;
    if n > 2 {
        println!("big");
    }
    *r = 0;
    println!("{}", n);
}
// error: E0503 at 5:8

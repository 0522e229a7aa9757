// An `if` passed as a `u8` argument is coerced to `u8` branch by branch: a `char` in the first branch is the error.
fn show(v: u8) {
    println!("{}", v);
}
fn main() {
    let c = false;
    show(if c { 'a' } else { 7 });
}
// error: E0308 at 7:17

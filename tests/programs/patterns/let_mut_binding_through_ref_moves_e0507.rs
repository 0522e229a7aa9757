// In `let (mut a, _) = &pair;` the `mut` binds the String by value, moving it out of a shared reference: E0507 at the initializer.
fn main() {
    let pair = (String::from("a"), 1);
    let (mut a, _) = &pair;
    a.push_str("x");
    println!("{}", a);
}
// error: E0507 at 4:22

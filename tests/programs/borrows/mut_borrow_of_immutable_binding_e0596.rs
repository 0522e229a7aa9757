// Borrowing a binding declared without `mut` as `&mut` is error E0596.
fn main() {
    let s = String::from("hello");
    let r = &mut s;
    r.push('!');
    println!("{}", r);
}
// error: E0596 at 4:13

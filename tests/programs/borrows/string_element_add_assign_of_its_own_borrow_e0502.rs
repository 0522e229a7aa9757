// `s[0] += t` on a String element calls add_assign(&mut s[0], t): the place is borrowed first, while `t` still borrows s (E0502).
fn main() {
    let mut s = vec![String::from("a")];
    let t = &s[0];
    s[0] += t;
    println!("{:?}", s);
}
// error: E0502 at 5:5

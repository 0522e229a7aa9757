// `r.push_str(r.as_str())` through `r: &mut String`: the argument borrows `*r` until the call, which needs it mutably (E0502).
fn main() {
    let mut s = String::from("ab");
    let r = &mut s;
    r.push_str(r.as_str());
    println!("{}", s);
}
// error: E0502 at 5:5

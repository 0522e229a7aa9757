// `let (ref a, _) = p;` borrows `p.0`: changing `p.0` while `a` is still used is E0502.
fn main() {
    let mut p = (String::from("a"), String::from("b"));
    let (ref a, _) = p;
    p.0.push_str("x");
    println!("{}", a);
}
// error: E0502 at 5:5

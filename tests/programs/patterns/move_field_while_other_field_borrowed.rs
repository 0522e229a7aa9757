// A pattern may move `p.0` out while `p.1` is borrowed: the borrow and the move touch different fields.
fn main() {
    let p = (String::from("a"), String::from("b"));
    let r = &p.1;
    let (a, _) = p;
    println!("{} {}", r, a);
}
// expect: b a

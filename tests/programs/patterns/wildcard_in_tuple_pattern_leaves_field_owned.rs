// `let (x, _) = p;` moves only `p.0`: `_` binds nothing, so `p.1` is still `p`'s, usable and freed at the end of main.
fn main() {
    let p = (String::from("first"), String::from("second"));
    let (x, _) = p;
    println!("{}", p.1);
    println!("{}", x);
}
// expect: second
// expect: first

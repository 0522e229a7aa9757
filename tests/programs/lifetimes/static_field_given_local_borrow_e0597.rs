// A struct field declared `&'static str` given `&x` of a local String is E0597 at the borrow, as a 'static parameter is.
struct S {
    r: &'static str,
}
fn main() {
    let x = String::from("a");
    let s = S { r: &x };
    println!("{}", s.r);
}
// error: E0597 at 7:20

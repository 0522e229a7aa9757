// A struct field declared `&'static str` given the caller's `&str` is rustc's "lifetime may not live long enough" at the value; a literal there is fine.
struct S {
    r: &'static str,
}
fn make(x: &str) -> S {
    S { r: x }
}
fn main() {
    let s = S { r: "lit" };
    println!("{}", s.r);
    println!("{}", make("q").r);
}
// error: "lifetime may not live long enough" at 6:12

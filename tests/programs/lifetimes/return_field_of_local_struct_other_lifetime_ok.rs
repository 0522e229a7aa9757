// A field of a local two-lifetime struct under the parameter's lifetime may be returned although the other field borrows a local String.
struct W<'a, 'b> { a: &'a str, b: &'b str }
fn good<'a>(x: &'a str) -> &'a str {
    let s = String::from("x");
    let w = W { a: x, b: &s };
    println!("{}", w.b);
    w.a
}
fn main() { println!("{}", good("q")); }
// expect: x
// expect: q

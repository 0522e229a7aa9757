// Returning the field of a local two-lifetime struct that borrows a local String is E0515.
struct W<'a, 'b> { a: &'a str, b: &'b str }
fn bad<'a>(x: &'a str) -> &'a str {
    let s = String::from("x");
    let w = W { a: x, b: &s };
    w.b
}
fn main() { println!("{}", bad("q")); }
// error: E0515 at 6:5

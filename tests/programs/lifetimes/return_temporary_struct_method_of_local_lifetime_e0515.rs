// Returning a method's `&'b str` of a temporary struct whose `'b` field borrows a local String is E0515.
struct W<'a, 'b> { a: &'a str, b: &'b str }
impl<'a, 'b> W<'a, 'b> {
    fn pick_b(&self) -> &'b str { self.b }
    fn pick_a(&self) -> &'a str { self.a }
}
fn bad<'a>(x: &'a str) -> &'a str {
    let s = String::from("x");
    W { a: x, b: &s }.pick_b()
}
fn main() { println!("{}", bad("q")); }
// error: E0515 at 9:5

// A setter storing an `&'a str` into the `'b` field of a two-lifetime struct is rustc's "lifetime may not live long enough", at the assignment.
struct Pair<'a, 'b> { x: &'a str, y: &'b str }
impl<'a, 'b> Pair<'a, 'b> { fn set_y(&mut self, s: &'a str) { self.y = s; } }
fn main() { let mut p = Pair { x: "a", y: "b" }; p.set_y("c"); println!("{}", p.y); }
// error: "lifetime may not live long enough" at 3:63

// A function returning impl Shape whose branches give two types: rustc's E0308 at the else branch.
trait Shape { fn area(&self) -> f64; }
struct A; struct B;
impl Shape for A { fn area(&self) -> f64 { 1.0 } }
impl Shape for B { fn area(&self) -> f64 { 2.0 } }
fn make(big: bool) -> impl Shape {
    if big { A } else { B }
}
fn main() { println!("{}", make(true).area()); }
// error: E0308 at 7:25

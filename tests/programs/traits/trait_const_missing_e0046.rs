// An impl that leaves out a trait's associated constant without a default is error E0046.
trait Shape {
    const SIDES: u32;
}

struct Tri;

impl Shape for Tri {}

fn main() {
    println!("{}", Tri::SIDES);
}
// error: E0046 at 8:1

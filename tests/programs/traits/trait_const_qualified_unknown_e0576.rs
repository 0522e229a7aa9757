// `<Tri as Shape>::SIDE` names no constant of Shape: E0576 at the name.
trait Shape {
    const SIDES: u32;
}

struct Tri;

impl Shape for Tri {
    const SIDES: u32 = 3;
}

fn main() {
    println!("{}", <Tri as Shape>::SIDE);
}
// error: E0576 at 13:36

// `<Circle as Shape>::SIDES` for a type without the impl: E0277 at the type.
trait Shape {
    const SIDES: u32;
}

struct Tri;
struct Circle;

impl Shape for Tri {
    const SIDES: u32 = 3;
}

fn main() {
    println!("{}", <Tri as Shape>::SIDES);
    println!("{}", <Circle as Shape>::SIDES);
}
// error: E0277 at 15:21

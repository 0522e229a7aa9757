// A generic fn with T: ?Sized over &T called with &dyn Trait, and a trait with an associated const.
trait Shape {
    const SIDES: u32;
    fn name(&self) -> String;
}

struct Tri;
struct Quad;

impl Shape for Tri {
    const SIDES: u32 = 3;
    fn name(&self) -> String {
        "tri".into()
    }
}

impl Shape for Quad {
    const SIDES: u32 = 4;
    fn name(&self) -> String {
        "quad".into()
    }
}

fn sides<T: Shape>(_s: &T) -> u32 {
    T::SIDES
}

fn main() {
    println!("{} {}", sides(&Tri), sides(&Quad));
    println!("{}{}", Tri.name(), Quad.name());
}
// expect: 3 4
// expect: triquad

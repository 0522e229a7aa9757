// <T as Trait>::CONST and <Type as Trait>::CONST read an associated constant through a qualified path.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
}

struct Tri;
struct Square;

impl Shape for Tri {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
}

impl Shape for Square {
    const SIDES: u32 = 4;
}

fn sides<T: Shape>() -> u32 {
    <T as Shape>::SIDES
}

fn main() {
    println!("{} {}", <Tri as Shape>::SIDES, <Square as Shape>::NAME);
    println!("{} {}", sides::<Tri>(), sides::<Square>());
}
// expect: 3 shape
// expect: 3 4

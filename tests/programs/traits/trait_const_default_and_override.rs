// A trait declares associated constants, one with a default; impls give or override them, and a provided method and a generic function read them through Self and a bound.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn sides(&self) -> u32 {
        Self::SIDES
    }
}

struct Tri;
struct Sq;

impl Shape for Tri {
    const SIDES: u32 = 3;
}

impl Shape for Sq {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
}

fn describe<T: Shape>(t: &T) -> String {
    format!("{} {} {}", T::NAME, T::SIDES, t.sides())
}

fn main() {
    println!("{}", describe(&Tri));
    println!("{}", describe(&Sq));
    println!("{}", Sq::SIDES + Tri::SIDES);
}
// expect: shape 3 3
// expect: square 4 4
// expect: 7

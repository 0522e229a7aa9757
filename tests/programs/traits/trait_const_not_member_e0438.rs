// An impl giving an associated constant its trait does not declare is error E0438.
trait Shape {
    const SIDES: u32;
}

struct Tri;

impl Shape for Tri {
    const SIDES: u32 = 3;
    const CORNERS: u32 = 3;
}

fn main() {
    println!("{}", Tri::SIDES);
}
// error: E0438 at 10:5

// A provided method reads the trait's associated constant through `Self::SIDES`, given by the impl.
trait Shape { const SIDES: u32; fn sides(&self) -> u32 { Self::SIDES } }
struct Tri;
impl Shape for Tri { const SIDES: u32 = 3; }
fn main() { println!("{}", Tri.sides()); }
// expect: 3

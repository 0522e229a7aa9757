// A trait's associated constants are not supported yet: said at the item.
trait Shape { const SIDES: u32; fn sides(&self) -> u32 { Self::SIDES } }
struct Tri;
impl Shape for Tri { const SIDES: u32 = 3; }
fn main() { println!("{}", Tri.sides()); }
// expect: 3
// unsupported: associated constants of a trait are not supported yet at 2:15

// An impl's associated constant of another type than the trait declares is error E0326.
trait Shape {
    const SIDES: u32;
}

struct Tri;

impl Shape for Tri {
    const SIDES: i32 = 3;
}

fn main() {
    println!("{}", Tri::SIDES);
}
// error: E0326 at 9:18

// A body returning a type without the promised trait is E0277 at the `impl Trait` result type.
trait Shape {
    fn area(&self) -> u32;
}

struct Sq(u32);

fn make() -> impl Shape {
    Sq(4)
}

fn main() {
    let _s = make();
}
// error: E0277 at 8:14

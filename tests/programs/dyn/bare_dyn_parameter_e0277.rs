// A parameter of type `dyn Trait` (no reference, no Box) has no size known at compile time: E0277 at the type.
trait Shape {
    fn area(&self) -> f64;
}

fn show(s: dyn Shape) {}

fn main() {}
// error: E0277 at 6:12

// A struct field of type `dyn Trait` before the last field has no known size: E0277 at the field's type.
trait Shape {
    fn area(&self) -> f64;
}

struct Holder {
    s: dyn Shape,
    n: i32,
}

fn main() {}
// error: E0277 at 7:8

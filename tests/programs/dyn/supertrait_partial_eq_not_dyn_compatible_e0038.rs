// A trait with `PartialEq` as supertrait uses Self as a type argument (its `Rhs = Self`), so it is not dyn compatible: E0038.
trait Shape: PartialEq {
    fn area(&self) -> u32;
}

fn total(shapes: &[Box<dyn Shape>]) -> u32 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {}
// error: E0038 at 6:28

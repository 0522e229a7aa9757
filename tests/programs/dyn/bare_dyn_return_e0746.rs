// Returning a bare `dyn Trait` is E0746: a trait object needs a pointer (a Box or a reference) to be returned.
trait Shape {
    fn area(&self) -> f64;
}

fn make() -> dyn Shape {
    loop {}
}

fn main() {}
// error: E0746 at 6:14

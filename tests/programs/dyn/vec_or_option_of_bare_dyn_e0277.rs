// A `dyn Trait` held in place by Option (or Vec, VecDeque, ...) has no size known at compile time: E0277 at the type (it was "not supported yet").
trait Shape {
    fn area(&self) -> f64;
}

fn main() {
    let s: Option<dyn Shape> = None;
    let v: Vec<Box<dyn Shape>> = Vec::new();
    println!("{}", v.len());
}
// error: E0277 at 7:12

// A method returning `Self` makes a trait not dyn compatible: E0038 at the trait's name inside a body.
trait Shape {
    fn area(&self) -> f64;
    fn doubled(&self) -> Self;
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = Vec::new();
    println!("{}", shapes.len());
}
// error: E0038 at 8:29

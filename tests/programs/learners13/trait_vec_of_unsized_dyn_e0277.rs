// A Vec<dyn Shape> (unsized elements) is E0277: the elements need a Box.
trait Shape {
    fn area(&self) -> f64;
}

fn main() {
    let shapes: Vec<dyn Shape> = Vec::new();
    println!("{}", shapes.len());
}
// error: E0277 at 7:17

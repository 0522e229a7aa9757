// `.into()` where an argument and a vec! element expect the learner's enum builds it through its From impl.
#[derive(Debug)]
enum Shape { Circle(f64), Square(f64) }
impl From<f64> for Shape { fn from(r: f64) -> Self { Shape::Circle(r) } }
fn area(s: Shape) -> f64 { match s { Shape::Circle(r) => 3.0 * r * r, Shape::Square(a) => a * a } }
fn main() {
    println!("{}", area(2.0.into()));
    let shapes: Vec<Shape> = vec![1.0.into(), Shape::Square(2.0)];
    println!("{:?}", shapes);
}
// expect: 12
// expect: [Circle(1.0), Square(2.0)]

// A tuple variant is a function too: `map(Shape::Circle)` builds one variant per radius.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
}

fn main() {
    let radii = vec![1.0, 2.5];
    let circles: Vec<Shape> = radii.iter().copied().map(Shape::Circle).collect();
    let squares: Vec<Shape> = radii.iter().copied().map(Shape::Square).collect();
    println!("{:?} {:?}", circles, squares);
}
// expect: [Circle(1.0), Circle(2.5)] [Square(1.0), Square(2.5)]

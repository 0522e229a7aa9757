// A struct-like variant matched with `..` ignoring fields, and a binding of one field by name.
#[derive(Debug)]
enum Shape {
    Circle { x: f64, y: f64, r: f64 },
    Rect { x: f64, y: f64, w: f64, h: f64 },
}

fn main() {
    let shapes = vec![
        Shape::Circle { x: 0.0, y: 0.0, r: 2.0 },
        Shape::Rect { x: 1.0, y: 1.0, w: 3.0, h: 4.0 },
    ];
    for s in &shapes {
        match s {
            Shape::Circle { r, .. } => println!("circle of radius {}", r),
            Shape::Rect { w, h, .. } => println!("rect {}x{}", w, h),
        }
    }
    if let Shape::Rect { x, .. } = &shapes[1] {
        println!("rect at x {}", x);
    }
}
// expect: circle of radius 2
// expect: rect 3x4
// expect: rect at x 1

// A book-style Shape enum with struct and tuple variants: `match *self` copies the f64 fields out, Heron's formula uses sqrt, and a guard keeps the biggest so far.
#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Tri(f64, f64, f64),
}

impl Shape {
    fn area(&self) -> f64 {
        match *self {
            Shape::Circle { r } => 3.14 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Tri(a, b, c) => {
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
        }
    }
}

fn main() {
    let shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect { w: 2.0, h: 3.5 }, Shape::Tri(3.0, 4.0, 5.0)];
    let mut biggest: Option<&Shape> = None;
    for s in &shapes {
        println!("{:?} has area {:.2}", s, s.area());
        biggest = match biggest {
            Some(b) if b.area() >= s.area() => Some(b),
            _ => Some(s),
        };
    }
    println!("biggest: {:?}", biggest);
}
// expect: Circle { r: 1.0 } has area 3.14
// expect: Rect { w: 2.0, h: 3.5 } has area 7.00
// expect: Tri(3.0, 4.0, 5.0) has area 6.00
// expect: biggest: Some(Rect { w: 2.0, h: 3.5 })

// Associated functions on an enum build its variants (`Shape::square(2.0)`); methods compute from the active variant.
#[derive(Debug)]
enum Shape {
    Circle { radius: f64 },
    Rect { w: f64, h: f64 },
}

impl Shape {
    fn square(side: f64) -> Self {
        Self::Rect { w: side, h: side }
    }

    fn unit_circle() -> Shape {
        Shape::Circle { radius: 1.0 }
    }

    fn area(&self) -> f64 {
        match self {
            Shape::Circle { radius } => 3.0 * radius * radius,
            Shape::Rect { w, h } => w * h,
        }
    }
}

fn main() {
    let shapes = [Shape::square(2.0), Shape::unit_circle(), Shape::Rect { w: 1.5, h: 4.0 }];
    let mut sum = 0.0;
    for s in &shapes {
        println!("{:?} has area {}", s, s.area());
        sum += s.area();
    }
    println!("{sum}");
}
// expect: Rect { w: 2.0, h: 2.0 } has area 4
// expect: Circle { radius: 1.0 } has area 3
// expect: Rect { w: 1.5, h: 4.0 } has area 6
// expect: 13

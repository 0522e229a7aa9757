// An inline module exports an enum and functions; `use` brings them into main's scope.
mod shapes {
    #[derive(Debug)]
    pub enum Shape {
        Circle(f64),
        Rect { w: f64, h: f64 },
    }

    pub fn area(s: &Shape) -> f64 {
        match s {
            Shape::Circle(r) => PI_ISH * r * r,
            Shape::Rect { w, h } => w * h,
        }
    }

    const PI_ISH: f64 = 3.0;

    pub mod units {
        pub fn label() -> &'static str {
            "square units"
        }
    }
}

use shapes::{area, Shape};

fn main() {
    let all = [Shape::Circle(2.0), Shape::Rect { w: 3.0, h: 1.5 }];
    for s in &all {
        println!("{:?}: {} {}", s, area(s), shapes::units::label());
    }
}
// expect: Circle(2.0): 12 square units
// expect: Rect { w: 3.0, h: 1.5 }: 4.5 square units

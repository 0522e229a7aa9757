// size_of of learner enums: a field-less one, one with an i32 payload, Option<Box<i32>> and Option<u32>.
use std::mem::size_of;

enum Light {
    Red,
    Yellow,
    Green,
}

enum Shape {
    Circle(i32),
    Square(i32),
    Empty,
}

fn main() {
    println!("{}", size_of::<Light>());
    println!("{}", size_of::<Shape>());
    println!("{}", size_of::<Option<Box<i32>>>());
    println!("{}", size_of::<Option<u32>>());
    println!("{}", Light::Green as i32 + Light::Red as i32 + Light::Yellow as i32);
    let s = Shape::Circle(3);
    if let Shape::Circle(r) = s {
        println!("r={}", r);
    }
    let _ = (Shape::Square(1), Shape::Empty);
}
// expect: 1
// expect: 8
// expect: 8
// expect: 8
// expect: 3
// expect: r=3

// Structs nested in a struct: a rectangle from two points, its area by destructuring both corners.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f32,
    y: f32,
}

#[derive(Debug)]
struct Rectangle {
    top_left: Point,
    bottom_right: Point,
}

fn rect_area(r: &Rectangle) -> f32 {
    let Rectangle { top_left: Point { x: x1, y: y1 }, bottom_right: Point { x: x2, y: y2 } } = *r;
    (x2 - x1).abs() * (y1 - y2).abs()
}

fn square(p: Point, side: f32) -> Rectangle {
    Rectangle { top_left: p, bottom_right: Point { x: p.x + side, y: p.y - side } }
}

fn main() {
    let origin = Point { x: 0.0, y: 0.0 };
    let other = Point { y: 3.5, ..origin };
    println!("{:?} {:?}", origin, other);
    let r = Rectangle { top_left: Point { x: 1.0, y: 5.0 }, bottom_right: Point { x: 4.0, y: 1.0 } };
    println!("{:#?}", r);
    println!("area = {}", rect_area(&r));
    let s = square(other, 2.5);
    println!("square area = {}", rect_area(&s));
}
// expect: Point { x: 0.0, y: 0.0 } Point { x: 0.0, y: 3.5 }
// expect: Rectangle {
// expect:     top_left: Point {
// expect:         x: 1.0,
// expect:         y: 5.0,
// expect:     },
// expect:     bottom_right: Point {
// expect:         x: 4.0,
// expect:         y: 1.0,
// expect:     },
// expect: }
// expect: area = 12
// expect: square area = 6.25

// {:#?} of an enum holding a struct, a Vec and another enum, indented exactly as rustc's derived Debug.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Kind {
    Small,
    Large(u8),
}

#[derive(Debug)]
enum Shape {
    Dot(Point),
    Path { points: Vec<Point>, kind: Kind },
    Empty,
}

fn main() {
    let s = Shape::Path { points: vec![Point { x: 1, y: 2 }, Point { x: -3, y: 4 }], kind: Kind::Large(9) };
    println!("{:#?}", s);
    println!("{:#?}", Shape::Dot(Point { x: 0, y: 0 }));
    println!("{:#?}", Shape::Empty);
    println!("{:?}", Kind::Small);
}
// expect: Path {
// expect:     points: [
// expect:         Point {
// expect:             x: 1,
// expect:             y: 2,
// expect:         },
// expect:         Point {
// expect:             x: -3,
// expect:             y: 4,
// expect:         },
// expect:     ],
// expect:     kind: Large(
// expect:         9,
// expect:     ),
// expect: }
// expect: Dot(
// expect:     Point {
// expect:         x: 0,
// expect:         y: 0,
// expect:     },
// expect: )
// expect: Empty
// expect: Small

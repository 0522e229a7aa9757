// A struct constant of a type deriving PartialEq is a pattern: the arm matches a value equal to it field by field.
#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

const ORIGIN: Point = Point { x: 0, y: 0 };

fn describe(p: &Point) -> String {
    match p {
        &ORIGIN => String::from("the origin"),
        Point { x: 0, y } => format!("on the y axis at {}", y),
        Point { x, y } => format!("({}, {})", x, y),
    }
}

fn main() {
    println!("{}", describe(&Point { x: 0, y: 0 }));
    println!("{}", describe(&Point { x: 0, y: 3 }));
    println!("{}", describe(&Point { x: 2, y: -1 }));
}
// expect: the origin
// expect: on the y axis at 3
// expect: (2, -1)

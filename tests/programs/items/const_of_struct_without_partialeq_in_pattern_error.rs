// A constant of a struct that does not derive PartialEq cannot be a pattern: rustc says its type is not structural.
struct Point {
    x: i32,
    y: i32,
}

const ORIGIN: Point = Point { x: 0, y: 0 };

fn main() {
    let p = Point { x: 0, y: 0 };
    match p {
        ORIGIN => println!("origin"),
        Point { x, y } => println!("{} {}", x, y),
    }
}
// error: "constant of non-structural type `Point` in a pattern" at 12:9

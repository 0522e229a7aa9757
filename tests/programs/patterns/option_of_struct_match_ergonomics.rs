// Matching `&Option<Point>` with struct patterns binds the fields as references to read them.
struct Point {
    x: i32,
    y: i32,
}

fn quadrant(p: &Option<Point>) -> &'static str {
    match p {
        None => "none",
        Some(Point { x: 0, y: 0 }) => "origin",
        Some(Point { x, y }) if *x > 0 && *y > 0 => "first",
        Some(Point { x, .. }) if *x < 0 => "left half",
        Some(_) => "elsewhere",
    }
}

fn main() {
    let points = [None, Some(Point { x: 0, y: 0 }), Some(Point { x: 2, y: 3 }), Some(Point { x: -1, y: 5 }), Some(Point { x: 4, y: -4 })];
    for p in &points {
        println!("{}", quadrant(p));
    }
}
// expect: none
// expect: origin
// expect: first
// expect: left half
// expect: elsewhere

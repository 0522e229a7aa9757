// An irrefutable if let is only a warning: it runs the body.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    if let Point { x, y } = p {
        println!("{x} {y}");
    }
    let Point { x: a, y: b } = p;
    println!("{}", a * b);
}
// expect: 1 2
// expect: 2

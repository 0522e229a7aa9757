// A type alias of the learner's struct builds it with a struct literal and takes it apart in a pattern.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}
type P = Point;

fn main() {
    let p = P { x: 1, y: 2 };
    let P { x, y } = p;
    println!("{} {}", x, y);
    let q = P { x: 5, ..P { x: 0, y: 9 } };
    println!("{:?}", q);
}
// expect: 1 2
// expect: Point { x: 5, y: 9 }

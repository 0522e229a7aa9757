// A struct literal in parentheses may stand in a condition, a scrutinee and a `for` range.
#[derive(PartialEq, Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    if p == (Point { x: 1, y: 2 }) {
        println!("same");
    }
    match (Point { x: 5, y: 6 }) {
        Point { x, y } => println!("{} {}", x, y),
    }
    for i in (Point { x: 0, y: 3 }).x..2 {
        println!("{}", i);
    }
}
// expect: same
// expect: 5 6
// expect: 0
// expect: 1

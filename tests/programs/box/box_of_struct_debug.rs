// A Box prints through to its contents with Debug: no `Box(...)` wrapper.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Box::new(Point { x: 1, y: 2 });
    println!("{:?}", p);
    println!("{:?}", Box::new(Some(3)));
}
// expect: Point { x: 1, y: 2 }
// expect: Some(3)

// `&p.x` borrows a single field of a struct.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let rx = &p.x;
    println!("x via reference: {}", rx);
    let ry = &mut p.y;
    *ry += 10;
    println!("({}, {})", p.x, p.y);
}
// expect: x via reference: 1
// expect: (1, 12)

// `#[derive(Clone, Copy)]` makes assignment copy the struct, so the original stays usable.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn show(p: Point) {
    println!("({}, {})", p.x, p.y);
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let mut q = p;
    q.x = 10;
    show(p);
    show(q);
    println!("{:?} {:?}", p, q);
}
// expect: (1, 2)
// expect: (10, 2)
// expect: Point { x: 1, y: 2 } Point { x: 10, y: 2 }

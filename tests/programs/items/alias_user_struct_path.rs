// A type alias naming a generic struct with its argument calls the struct's associated function through the alias.
#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x, y }
    }
}

type IntPoint = Point<i32>;
type Same<T> = Point<T>;

fn main() {
    let p = IntPoint::new(1, 2);
    let q = Same::new(0.5, 1.5);
    println!("{:?} {:?} {}", p, q, p.x + p.y);
}
// expect: Point { x: 1, y: 2 } Point { x: 0.5, y: 1.5 } 3

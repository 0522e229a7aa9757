// Point takes one type argument: Point<i32, i32> is E0107.
struct Point<T> {
    x: T,
    y: T,
}

fn main() {
    let p: Point<i32, i32> = Point { x: 1, y: 2 };
    println!("{}", p.x + p.y);
}
// error: E0107 at 8:12

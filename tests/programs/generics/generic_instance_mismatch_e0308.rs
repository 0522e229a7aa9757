// Annotating Point<i32> for a literal with float fields is E0308 at the first float.
struct Point<T> {
    x: T,
    y: T,
}

fn main() {
    let p: Point<i32> = Point { x: 1.0, y: 2.0 };
    println!("{}", p.x + p.y);
}
// error: E0308 at 8:36

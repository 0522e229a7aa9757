// One type parameter for both arguments: passing an i32 and an f64 is E0308.
#[derive(Debug)]
struct Point<T> {
    x: T,
    y: T,
}

fn main() {
    let p = Point { x: 5, y: 4.0 };
    println!("{:?}", p);
}
// error: E0308 at 9:30

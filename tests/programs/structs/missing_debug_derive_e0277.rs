// Printing a struct with `{:?}` without `#[derive(Debug)]` is error E0277.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{:?}", p);
}
// error: E0277 at 9:22

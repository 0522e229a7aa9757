// Assigning to a field of a struct bound without `mut` is error E0594.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    p.x = 5;
    println!("{} {}", p.x, p.y);
}
// error: E0594 at 9:5

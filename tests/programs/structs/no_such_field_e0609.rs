// Reading a field the struct does not have is error E0609.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{} {} {}", p.x, p.y, p.z);
}
// error: E0609 at 9:38

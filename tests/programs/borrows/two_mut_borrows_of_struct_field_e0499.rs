// Borrowing the same struct field as `&mut` twice while both are used is error E0499.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let a = &mut p.x;
    let b = &mut p.x;
    *a += 10;
    *b += 20;
    println!("{} {}", p.x, p.y);
}
// error: E0499 at 10:13

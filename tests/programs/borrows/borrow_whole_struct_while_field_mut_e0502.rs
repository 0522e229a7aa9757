// Borrowing a whole struct while a `&mut` to one of its fields is still used is error E0502.
struct Point {
    x: i32,
    y: i32,
}

fn show(p: &Point) {
    println!("{} {}", p.x, p.y);
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let rx = &mut p.x;
    show(&p);
    *rx += 1;
}
// error: E0502 at 14:10

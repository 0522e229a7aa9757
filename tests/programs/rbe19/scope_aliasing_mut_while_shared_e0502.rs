// Taking &mut while a shared borrow is used later is E0502.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut point = Point { x: 0, y: 0 };
    let borrowed_point = &point;
    let mutable_borrow = &mut point;
    mutable_borrow.x = 5;
    println!("({}, {})", borrowed_point.x, borrowed_point.y);
}
// error: E0502 at 10:26

// Printing a field directly while a mutable borrow is still used afterwards is E0502.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut point = Point { x: 0, y: 0 };
    let mutable_borrow = &mut point;
    mutable_borrow.x = 5;
    println!("y is {}", point.y);
    mutable_borrow.y = 2;
}
// error: E0502 at 11:25

// Aliasing: several shared borrows at once, then one mutable borrow after the shared ones are done.
struct Point {
    x: i32,
    y: i32,
    z: i32,
}

fn main() {
    let mut point = Point { x: 0, y: 0, z: 0 };
    let borrowed_point = &point;
    let another_borrow = &point;
    println!("Point has coordinates: ({}, {}, {})", borrowed_point.x, another_borrow.y, point.z);
    let mutable_borrow = &mut point;
    mutable_borrow.x = 5;
    mutable_borrow.y = 2;
    mutable_borrow.z = 1;
    println!("Point has coordinates: ({}, {}, {})", mutable_borrow.x, mutable_borrow.y, mutable_borrow.z);
    let new_borrowed_point = &point;
    println!("Point now has coordinates: ({}, {}, {})", new_borrowed_point.x, new_borrowed_point.y, new_borrowed_point.z);
}
// expect: Point has coordinates: (0, 0, 0)
// expect: Point has coordinates: (5, 2, 1)
// expect: Point now has coordinates: (5, 2, 1)

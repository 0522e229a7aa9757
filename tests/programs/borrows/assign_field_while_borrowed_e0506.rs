// Assigning to a struct field while a reference to that field is still used is error E0506.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let r = &p.x;
    p.x = 5;
    println!("{} {}", r, p.y);
}
// error: E0506 at 10:5

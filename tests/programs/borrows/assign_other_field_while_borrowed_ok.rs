// Assigning to one field while another field is borrowed is accepted.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let r = &p.x;
    p.y = 5;
    println!("{} {}", r, p.y);
}
// expect: 1 5

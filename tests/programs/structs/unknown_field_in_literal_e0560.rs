// Naming a field the struct does not have in a literal is error E0560.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2, z: 3 };
    println!("{}", p.x);
}
// error: E0560 at 8:33

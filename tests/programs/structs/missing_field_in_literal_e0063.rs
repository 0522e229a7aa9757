// A struct literal must give every field; leaving one out is error E0063.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1 };
    println!("{}", p.x);
}
// error: E0063 at 8:13

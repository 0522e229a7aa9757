// A struct variant written as a value without its fields is error E0533.
enum Shape {
    Circle { r: u32 },
    Empty,
}

fn main() {
    let s = Shape::Circle;
    if let Shape::Empty = s {
        println!("empty");
    }
}
// error: E0533 at 8:13

// `#[derive(PartialEq)]` on an enum whose variant holds a struct without PartialEq is error E0369 at that field.
#[derive(PartialEq)]
enum Shape {
    Circle(f64),
    Label { text: Vec<u8>, size: Size },
}

struct Size(u32);

fn main() {
    println!("{}", Shape::Circle(1.0) == Shape::Circle(1.0));
}
// error: E0369 at 5:28

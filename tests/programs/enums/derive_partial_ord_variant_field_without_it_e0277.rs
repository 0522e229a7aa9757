// `#[derive(PartialOrd)]` on an enum whose variant holds a struct without PartialOrd is error E0277 at that field.
#[derive(PartialEq, PartialOrd)]
enum Shape {
    Circle(f64),
    Label(Size),
}

#[derive(PartialEq)]
struct Size(u32);

fn main() {
    println!("{}", Shape::Circle(1.0) < Shape::Circle(2.0));
}
// error: E0277 at 5:11

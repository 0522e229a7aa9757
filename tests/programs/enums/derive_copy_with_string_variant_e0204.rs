// `#[derive(Copy)]` on an enum with a variant holding a String is error E0204, as for a struct.
#[derive(Clone, Copy)]
enum Shape {
    Circle(f64),
    Named(String),
}

fn main() {
    let s = Shape::Circle(1.0);
    if let Shape::Circle(r) = s {
        println!("{}", r);
    }
}
// error: E0204 at 3:6

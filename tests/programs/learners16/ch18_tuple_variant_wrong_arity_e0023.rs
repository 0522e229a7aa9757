// A pattern with two fields for a three-field tuple variant: E0023.
enum Shape {
    Tri(u32, u32, u32),
    Dot,
}

fn main() {
    let s = Shape::Tri(3, 4, 5);
    match s {
        Shape::Tri(a, b) => println!("{} {}", a, b),
        Shape::Dot => println!("dot"),
    }
}
// error: E0023 at 10:20

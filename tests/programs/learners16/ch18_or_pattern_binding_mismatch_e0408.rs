// An or-pattern binding x in only one alternative: E0408 variable not bound in all patterns.
enum Shape {
    Square(i32),
    Dot,
}

fn main() {
    let s = Shape::Square(3);
    match s {
        Shape::Square(x) | Shape::Dot => println!("{}", x),
    }
}
// error: E0408 at 10:28

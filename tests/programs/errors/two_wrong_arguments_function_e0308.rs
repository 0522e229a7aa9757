// Two arguments of the wrong types (swapped): rustc reports them together, "arguments to this function are incorrect", at the callee `Point::new`, not at the first argument.
struct Point {
    x: i32,
    label: char,
}

impl Point {
    fn new(x: i32, label: char) -> Point {
        Point { x, label }
    }
}

fn main() {
    let p = Point::new('a', 1);
    println!("{} {}", p.x, p.label);
}
// error: E0308 at 14:13

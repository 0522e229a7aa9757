// A module is not a type either: E0573 where a type is expected.
mod shapes {
    pub struct Circle;
}

fn main() {
    let c: shapes = shapes::Circle;
}
// error: E0573 at 7:12

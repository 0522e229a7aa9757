// A method defined only for Point<f32, f32> does not exist on Point<i32, i32>: E0599.
struct Point<X, Y> {
    x: X,
    y: Y,
}

impl Point<f32, f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

fn main() {
    let p = Point { x: 3, y: 4 };
    println!("{}", p.distance_from_origin());
}
// error: E0599 at 15:22

// distance_from_origin exists only on Point<f32>; calling it on a Point<i32> is E0599.
struct Point<T> {
    x: T,
    y: T,
}

impl Point<f32> {
    fn distance_from_origin(&self) -> f32 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

fn main() {
    let p = Point { x: 5, y: 10 };
    println!("{}", p.distance_from_origin());
}
// error: E0599 at 15:22

// A method of `impl Point<f32>` does not exist on Point<i32>.
struct Point<T> {
    x: T,
    y: T,
}

impl Point<f32> {
    fn squared_distance(&self) -> f32 {
        self.x * self.x + self.y * self.y
    }
}

fn main() {
    let p = Point { x: 5, y: 10 };
    println!("{}", p.squared_distance());
}
// error: E0599 at 15:22

// impl<T> Point<T> serves every instance; impl Point<f32> adds a method to that one instance only.
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn x(&self) -> &T {
        &self.x
    }
}

impl Point<f32> {
    fn squared_distance(&self) -> f32 {
        self.x * self.x + self.y * self.y
    }
}

fn main() {
    let p = Point { x: 5, y: 10 };
    println!("p.x = {}", p.x());
    let f = Point { x: 3.0f32, y: 4.0 };
    println!("{} {}", f.x(), f.squared_distance());
    println!("{} {}", p.y, f.y);
}
// expect: p.x = 5
// expect: 3 25
// expect: 10 4

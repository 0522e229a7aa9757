// Point<T> with impl<T> Point<T> { fn x } for every T and impl Point<f32> { fn distance_from_origin } only for f32.
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
    fn distance_from_origin(&self) -> f32 {
        (self.x.powi(2) + self.y.powi(2)).sqrt()
    }
}

fn main() {
    let p = Point { x: 5, y: 10 };
    println!("p.x = {}", p.x());
    let q = Point { x: 3.0f32, y: 4.0 };
    println!("distance = {}", q.distance_from_origin());
    println!("q.x = {} {}", q.x(), p.y);
    println!("{} {}", std::mem::size_of::<Point<f32>>(), std::mem::size_of::<Point<u8>>());
}
// expect: p.x = 5
// expect: distance = 5
// expect: q.x = 3 10
// expect: 8 2

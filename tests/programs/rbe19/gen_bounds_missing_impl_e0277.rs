// Calling a function bounded by HasArea with a type that does not implement it is E0277.
trait HasArea {
    fn area(&self) -> f64;
}

struct Triangle {
    length: f64,
    height: f64,
}

fn area<T: HasArea>(t: &T) -> f64 {
    t.area()
}

fn main() {
    let triangle = Triangle { length: 3.0, height: 4.0 };
    println!("Area: {}", area(&triangle));
}
// error: E0277 at 17:31

// A trait constructor `fn new(..) -> Self where Self: Sized` called through a generic T: Shape (a type parameter is Sized), the objects then used through &dyn Shape (a false E0277 `T: Sized` before).
trait Shape {
    fn new(size: f64) -> Self
    where
        Self: Sized;
    fn area(&self) -> f64;
    fn double(&self) -> f64 {
        self.area() * 2.0
    }
}

struct Sq(f64);
struct Circle(f64);

impl Shape for Sq {
    fn new(size: f64) -> Self {
        Sq(size)
    }
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn new(size: f64) -> Self {
        Circle(size)
    }
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn make<T: Shape>(s: f64) -> T {
    T::new(s)
}

fn main() {
    let a: Sq = make(2.0);
    let b = make::<Circle>(1.0);
    let shapes: Vec<&dyn Shape> = vec![&a, &b];
    for s in shapes {
        println!("{} {}", s.area(), s.double());
    }
}
// expect: 4 8
// expect: 3 6

// A `Vec<Box<dyn Shape>>` built with `vec![Box::new(..), ..]` holds different shapes; each Box is allocated with its own type's size and freed with it.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    r: f64,
}
struct Square {
    side: f32,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        (self.side * self.side) as f64
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 2.0 }), Box::new(Square { side: 3.0 })];
    let mut total = 0.0;
    for s in shapes.iter() {
        println!("{} {}", s.name(), s.area());
        total += s.area();
    }
    println!("total {}", total);
}
// expect: circle 12
// expect: shape 9
// expect: total 21

// Boxed trait objects in a Vec drop in order when the Vec goes, each running its own Drop.
trait Shape {
    fn name(&self) -> String;
}

struct Circle(u32);
struct Square(u32);

impl Shape for Circle {
    fn name(&self) -> String {
        format!("circle {}", self.0)
    }
}

impl Shape for Square {
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Drop for Circle {
    fn drop(&mut self) {
        println!("drop circle {}", self.0);
    }
}

impl Drop for Square {
    fn drop(&mut self) {
        println!("drop square {}", self.0);
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1)), Box::new(Square(2)), Box::new(Circle(3))];
    for s in shapes.iter() {
        println!("{}", s.name());
    }
    println!("end");
}
// expect: circle 1
// expect: square 2
// expect: circle 3
// expect: end
// expect: drop circle 1
// expect: drop square 2
// expect: drop circle 3

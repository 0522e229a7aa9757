// Rc<dyn Trait> is outside the subset: rustc runs it, stack-heap says a trait object not behind a reference or a Box is not supported yet.
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

fn main() {
    let c: Rc<dyn Shape> = Rc::new(Circle { r: 2.0 });
    let d = Rc::clone(&c);
    println!("{} {}", d.name(), d.area());
    println!("{}", Rc::strong_count(&c));
    println!("{}", std::mem::size_of::<Rc<dyn Shape>>());
    let shapes: Vec<Rc<dyn Shape>> = vec![c, d];
    for s in &shapes {
        println!("{}", s.area());
    }
}
// expect: circle 12
// expect: 2
// expect: 16
// expect: 12
// expect: 12
// unsupported: a trait object `dyn Shape` that is not behind a reference or a Box

// `Rc<dyn Trait>` is not supported yet (`Box<dyn Trait>` and `&dyn Trait` are).
use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let a: Rc<dyn Shape> = Rc::new(Square(2.0));
    let b = Rc::clone(&a);
    println!("{} {}", b.area(), Rc::strong_count(&a));
}
// expect: 4 2
// unsupported: trait object `dyn Shape` that is not behind a reference or a Box

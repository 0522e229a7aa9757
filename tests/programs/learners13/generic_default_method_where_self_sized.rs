// A trait with a provided method returning Self (where Self: Sized) and one used through a trait object.
trait Scale {
    fn factor(&self) -> f64;
    fn scaled(&self, by: f64) -> Self
    where
        Self: Sized;
    fn report(&self) -> String {
        format!("factor {}", self.factor())
    }
}

#[derive(Debug)]
struct Zoom(f64);

impl Scale for Zoom {
    fn factor(&self) -> f64 {
        self.0
    }
    fn scaled(&self, by: f64) -> Zoom {
        Zoom(self.0 * by)
    }
}

fn main() {
    let z = Zoom(1.5);
    let bigger = z.scaled(2.0);
    println!("{:?} {:?}", z, bigger);
    let d: &dyn Scale = &bigger;
    println!("{}", d.report());
}
// expect: Zoom(1.5) Zoom(3.0)
// expect: factor 3

// An impl's method with fewer parameters than its trait's is rustc's E0050.
trait Area {
    fn scaled(&self, factor: f64) -> f64;
}
struct Square(f64);
impl Area for Square {
    fn scaled(&self) -> f64 {
        self.0 * self.0
    }
}
fn main() {
    println!("{}", Square(2.0).scaled());
}
// error: E0050 at 7:15

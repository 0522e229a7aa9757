// A method of a generic trait implemented twice for one type is chosen by its argument (`scale(2.0)` or `scale(2)`).
trait Scale<T> {
    fn scale(&self, by: T) -> f64;
}
struct V(f64);
impl Scale<f64> for V {
    fn scale(&self, by: f64) -> f64 {
        self.0 * by
    }
}
impl Scale<i32> for V {
    fn scale(&self, by: i32) -> f64 {
        self.0 * by as f64 * 10.0
    }
}
fn main() {
    let v = V(1.5);
    println!("{} {}", v.scale(2.0), v.scale(2));
}
// expect: 3 30

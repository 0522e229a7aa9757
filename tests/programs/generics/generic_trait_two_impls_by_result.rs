// A generic trait implemented twice for one type, its method chosen by the type the result is given (`let s: String = m.convert()`).
trait Convert<T> {
    fn convert(&self) -> T;
}
struct Meters(f64);
impl Convert<f64> for Meters {
    fn convert(&self) -> f64 {
        self.0 * 3.28
    }
}
impl Convert<String> for Meters {
    fn convert(&self) -> String {
        format!("{}m", self.0)
    }
}
fn main() {
    let m = Meters(2.0);
    let feet: f64 = m.convert();
    let s: String = m.convert();
    println!("{} {}", feet, s);
}
// expect: 6.56 2m

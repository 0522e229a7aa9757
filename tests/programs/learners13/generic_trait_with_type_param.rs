// A generic trait Convert<T> implemented twice for one type, chosen by the annotated result.
trait Convert<T> {
    fn convert(&self) -> T;
}

struct Celsius(f64);

impl Convert<f64> for Celsius {
    fn convert(&self) -> f64 {
        self.0 * 9.0 / 5.0 + 32.0
    }
}

impl Convert<String> for Celsius {
    fn convert(&self) -> String {
        format!("{:.1} degrees", self.0)
    }
}

fn main() {
    let c = Celsius(36.6);
    let f: f64 = c.convert();
    let s: String = c.convert();
    println!("{} / {}", f, s);
    let boiling = Celsius(100.0);
    println!("{}", Convert::<f64>::convert(&boiling));
}
// expect: 97.88000000000001 / 36.6 degrees
// expect: 212

// `.into()` runs the learner's own From impl for the type the context names: `3.5.into()` makes a Meters, and a Celsius goes into an f64 through `impl From<Celsius> for f64`.
#[derive(Debug)]
struct Meters(f64);
impl From<f64> for Meters { fn from(x: f64) -> Self { Meters(x) } }
#[derive(Debug)]
struct Celsius(i32);
impl From<Celsius> for f64 { fn from(c: Celsius) -> f64 { c.0 as f64 * 1.8 + 32.0 } }
fn main() {
    let n: Meters = 3.5.into();
    let m: Meters = Meters::from(1.0);
    let f: f64 = Celsius(100).into();
    println!("{:?} {:?} {}", n, m, f);
}
// expect: Meters(3.5) Meters(1.0) 212

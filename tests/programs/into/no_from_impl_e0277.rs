// `"x".into()` into a type whose From impls take no &str is E0277, reported at `into` as rustc reports it.
#[derive(Debug)]
struct Meters(f64);
impl From<f64> for Meters { fn from(x: f64) -> Self { Meters(x) } }
fn main() {
    let n: Meters = "x".into();
    println!("{:?}", n);
}
// error: E0277 at 6:25

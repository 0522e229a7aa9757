// `From::from("x")` with no From<&str> for the target is E0277 at the argument, where rustc reports it.
struct Meters(f64);
impl From<f64> for Meters { fn from(x: f64) -> Self { Meters(x) } }
fn main() {
    let n: Meters = From::from("x");
    let _ = n.0;
}
// error: E0277 at 5:32

// `Meters::try_from(2.5)` of a type with only `From<f64>`: std's blanket TryFrom over From (Error = Infallible) is "not supported yet", never E0599.
struct Meters(f64);
impl From<f64> for Meters { fn from(x: f64) -> Self { Meters(x) } }
fn main() {
    let m = Meters::try_from(2.5).unwrap();
    println!("{}", m.0);
}
// expect: 2.5
// unsupported: `Meters::try_from` through std's blanket TryFrom over a From impl is not supported yet at 5:13

// `Celsius(100).into()` where a Fahrenheit is wanted runs the learner's `impl From<Celsius> for Fahrenheit`.
struct Celsius(i32);
struct Fahrenheit(i32);
impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Fahrenheit {
        Fahrenheit(c.0 * 9 / 5 + 32)
    }
}
fn main() {
    let f: Fahrenheit = Celsius(100).into();
    println!("{}", f.0);
}
// expect: 212

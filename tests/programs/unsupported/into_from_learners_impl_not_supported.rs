// `.into()` through the learner's `From` impl is named as not supported, never an E0599 saying the struct has no `into`.
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
// unsupported: `.into()`

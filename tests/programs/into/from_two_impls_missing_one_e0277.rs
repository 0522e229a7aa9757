// With `From<i32>` and `From<&str>` only, `Number::from(2.5)` has no impl: E0277.
struct Number(i64);
impl From<i32> for Number {
    fn from(n: i32) -> Self {
        Number(n as i64)
    }
}
impl From<&str> for Number {
    fn from(s: &str) -> Self {
        Number(s.len() as i64)
    }
}
fn main() {
    let a = Number::from(2.5);
    println!("{}", a.0);
}
// error: E0277 at 14:13
// headline: differs: the engine has settled the float to f64 where rustc still says `{float}`

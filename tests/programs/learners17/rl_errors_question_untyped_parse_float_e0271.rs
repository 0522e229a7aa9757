// `let n: f64 = s.parse()?;` in a function whose error is a unit struct without From: E0271 at `parse`, naming ParseFloatError.
struct InputError;

fn half(s: &str) -> Result<f64, InputError> {
    let n: f64 = s.parse()?;
    Ok(n / 2.0)
}

fn main() {
    match half("5") {
        Ok(v) => println!("{}", v),
        Err(_) => println!("bad"),
    }
}
// error: E0271 at 5:20

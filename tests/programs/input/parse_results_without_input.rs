// str::parse returns a Result: Ok with the number, or Err naming what went wrong.
fn main() {
    let a = "42".parse::<i32>();
    let b = "x1".parse::<i32>();
    let c = "".parse::<u8>();
    let d = "2.5".parse::<f64>();
    let e: f64 = "abc".parse().unwrap_or(0.5);
    println!("{:?} {:?} {:?} {:?} {}", a, b, c, d, e);
    println!("{} {}", a.is_ok(), b.is_err());
}
// expect: Ok(42) Err(ParseIntError { kind: InvalidDigit }) Err(ParseIntError { kind: Empty }) Ok(2.5) 0.5
// expect: true true

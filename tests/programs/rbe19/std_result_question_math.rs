// The same checked math chained with `?` inside op_, its error turned into a message by op.
#[derive(Debug)]
enum MathError {
    DivisionByZero,
    NegativeSquareRoot,
}

type MathResult = Result<f64, MathError>;

fn div(x: f64, y: f64) -> MathResult {
    if y == 0.0 { Err(MathError::DivisionByZero) } else { Ok(x / y) }
}

fn sqrt(x: f64) -> MathResult {
    if x < 0.0 { Err(MathError::NegativeSquareRoot) } else { Ok(x.sqrt()) }
}

fn op_(x: f64, y: f64) -> MathResult {
    let ratio = div(x, y)?;
    sqrt(ratio)
}

fn op(x: f64, y: f64) -> String {
    match op_(x, y) {
        Err(why) => match why {
            MathError::DivisionByZero => "division by zero".to_string(),
            MathError::NegativeSquareRoot => "square root of negative number".to_string(),
        },
        Ok(value) => value.to_string(),
    }
}

fn main() {
    println!("{}", op(18.0, 2.0));
    println!("{}", op(1.0, 0.0));
    println!("{}", op(-9.0, 1.0));
}
// expect: 3
// expect: division by zero
// expect: square root of negative number

// A module of checked math returning Result<f64, MathError>; op chains them and panics on an error.
mod checked {
    #[derive(Debug)]
    pub enum MathError {
        DivisionByZero,
        NonPositiveLogarithm,
        NegativeSquareRoot,
    }

    pub type MathResult = Result<f64, MathError>;

    pub fn div(x: f64, y: f64) -> MathResult {
        if y == 0.0 { Err(MathError::DivisionByZero) } else { Ok(x / y) }
    }

    pub fn sqrt(x: f64) -> MathResult {
        if x < 0.0 { Err(MathError::NegativeSquareRoot) } else { Ok(x.sqrt()) }
    }

    pub fn positive(x: f64) -> MathResult {
        if x <= 0.0 { Err(MathError::NonPositiveLogarithm) } else { Ok(x) }
    }
}

fn op(x: f64, y: f64) -> f64 {
    match checked::div(x, y) {
        Err(why) => panic!("{:?}", why),
        Ok(ratio) => match checked::positive(ratio) {
            Err(why) => panic!("{:?}", why),
            Ok(p) => match checked::sqrt(p) {
                Err(why) => panic!("{:?}", why),
                Ok(sqrt) => sqrt,
            },
        },
    }
}

fn main() {
    println!("{}", op(8.0, 2.0));
    println!("{}", op(1.0, 10.0));
}
// expect: 2
// expect: 0.31622776601683794

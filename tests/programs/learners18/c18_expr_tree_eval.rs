// An expression tree enum with Box children, evaluated by a recursive match with nested patterns.
#[derive(Debug)]
enum Expr {
    Num(f64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

use Expr::*;

fn eval(e: &Expr) -> Result<f64, String> {
    match e {
        Num(n) => Ok(*n),
        Neg(inner) => Ok(-eval(inner)?),
        Add(a, b) => Ok(eval(a)? + eval(b)?),
        Mul(a, b) => Ok(eval(a)? * eval(b)?),
        Div(_, b) if matches!(**b, Num(z) if z == 0.0) => Err("division by literal zero".to_string()),
        Div(a, b) => Ok(eval(a)? / eval(b)?),
    }
}

fn main() {
    let e = Add(Box::new(Num(2.0)), Box::new(Mul(Box::new(Num(3.0)), Box::new(Neg(Box::new(Num(4.0)))))));
    println!("{:?}", eval(&e));
    let bad = Div(Box::new(Num(1.0)), Box::new(Num(0.0)));
    println!("{:?}", eval(&bad));
    let ok = Div(Box::new(Num(1.0)), Box::new(Num(4.0)));
    println!("{:?}", eval(&ok));
    println!("{:?}", Neg(Box::new(Num(1.5))));
}
// expect: Ok(-10.0)
// expect: Err("division by literal zero")
// expect: Ok(0.25)
// expect: Neg(Num(1.5))

// impl<T: Display> Display for a generic enum Tree-like Expr<T>, printed recursively with parentheses.
use std::fmt;

enum Expr<T> {
    Lit(T),
    Add(Box<Expr<T>>, Box<Expr<T>>),
    Neg(Box<Expr<T>>),
}

impl<T: fmt::Display> fmt::Display for Expr<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Lit(v) => write!(f, "{}", v),
            Expr::Add(a, b) => write!(f, "({} + {})", a, b),
            Expr::Neg(e) => write!(f, "-{}", e),
        }
    }
}

fn eval(e: &Expr<i32>) -> i32 {
    match e {
        Expr::Lit(v) => *v,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Neg(x) => -eval(x),
    }
}

fn main() {
    let e = Expr::Add(Box::new(Expr::Lit(2)), Box::new(Expr::Neg(Box::new(Expr::Add(Box::new(Expr::Lit(3)), Box::new(Expr::Lit(4)))))));
    println!("{} = {}", e, eval(&e));
    let f: Expr<f64> = Expr::Neg(Box::new(Expr::Lit(1.5)));
    println!("{}", f);
}
// expect: (2 + -(3 + 4)) = -5
// expect: -1.5

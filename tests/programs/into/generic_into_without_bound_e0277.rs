// `x.into()` on a T with no Into bound cannot become a Number: E0277.
struct Number(i64);

impl From<i64> for Number {
    fn from(v: i64) -> Self {
        Number(v)
    }
}

fn make<T>(x: T) -> Number {
    x.into()
}

fn main() {
    println!("{}", make(5i64).0);
}
// error: E0277 at 11:7

// From<Celsius> for Fahrenheit gives Into for free; a From<&str> and From<u8> for a Number, used by from, into and in arguments.
#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug)]
struct Number {
    value: i64,
}

impl From<u8> for Number {
    fn from(v: u8) -> Self {
        Number { value: v as i64 }
    }
}

impl From<&str> for Number {
    fn from(s: &str) -> Self {
        Number { value: s.len() as i64 }
    }
}

fn describe(n: impl Into<Number>) -> i64 {
    let n: Number = n.into();
    n.value
}

fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{:?}", f);
    println!("{:?}", Fahrenheit::from(Celsius(-40.0)));
    let n = Number::from(7u8);
    let m: Number = "four".into();
    println!("{:?} {:?}", n, m);
    println!("{} {}", describe(3u8), describe("hello"));
}
// expect: Fahrenheit(212.0)
// expect: Fahrenheit(-40.0)
// expect: Number { value: 7 } Number { value: 4 }
// expect: 3 5

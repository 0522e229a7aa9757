// A Box<dyn Error + Send + Sync> coerces to a Box<dyn Error> where one is expected (a return value, a let with a type): the same fat pointer, dropping the auto traits.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Oops(u8);

impl fmt::Display for Oops {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "oops {}", self.0)
    }
}

impl Error for Oops {}

fn make(n: u8) -> Box<dyn Error + Send + Sync> {
    Box::new(Oops(n))
}

fn widen(n: u8) -> Box<dyn Error> {
    let e = make(n);
    e
}

fn main() {
    let e: Box<dyn Error> = make(1);
    println!("{} {}", e, widen(2));
    let r: Result<(), Box<dyn Error>> = Err(make(3));
    println!("{:?}", r);
}
// expect: oops 1 oops 2
// expect: Err(Oops(3))

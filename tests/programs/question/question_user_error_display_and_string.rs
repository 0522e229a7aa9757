// A learner's error type with Display and `impl Error` is boxed by `?` next to a String error; both print through the trait object.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct TooCold(i32);

impl fmt::Display for TooCold {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} degrees is too cold", self.0)
    }
}

impl Error for TooCold {}

fn check(t: i32) -> Result<i32, Box<dyn Error>> {
    if t < 0 {
        Err(TooCold(t))?;
    }
    if t > 40 {
        Err(String::from("too hot"))?;
    }
    Ok(t)
}

fn main() {
    for t in [20, -5, 50] {
        match check(t) {
            Ok(v) => println!("ok {}", v),
            Err(e) => println!("{} | {:?}", e, e),
        }
    }
}
// expect: ok 20
// expect: -5 degrees is too cold | TooCold(-5)
// expect: too hot | "too hot"

// `.into()` of a variable of the learner's error type into a Box<dyn Error> boxes it as it is (std's From<E: Error>).
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct TooBig {
    limit: u32,
}

impl fmt::Display for TooBig {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "more than {}", self.limit)
    }
}

impl Error for TooBig {}

fn check(n: u32) -> Result<u32, Box<dyn Error>> {
    if n > 10 {
        let err = TooBig { limit: 10 };
        return Err(err.into());
    }
    Ok(n)
}

fn main() {
    println!("{:?}", check(3).ok());
    match check(30) {
        Err(e) => println!("{}", e),
        Ok(_) => {}
    }
}
// expect: Some(3)
// expect: more than 10

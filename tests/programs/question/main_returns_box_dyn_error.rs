// `main` returning `Result<(), Box<dyn Error>>`: `?` boxes the learner's error (Display + Debug + Error), main prints `Error: ` and its Debug on stderr and exits with 1.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct TooBig {
    value: u32,
}

impl fmt::Display for TooBig {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} is too big", self.value)
    }
}

impl Error for TooBig {}

fn check(v: u32) -> Result<u32, TooBig> {
    if v > 10 {
        Err(TooBig { value: v })
    } else {
        Ok(v)
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let a = check(3)?;
    println!("{}", a);
    let b = check(42)?;
    println!("{}", b);
    Ok(())
}
// expect: 3
// stderr: Error: TooBig { value: 42 }
// exit: 1

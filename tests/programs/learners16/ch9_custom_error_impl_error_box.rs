// A custom error struct implementing Display and Error, boxed into Box<dyn Error> by `?`.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct TooBig {
    value: u32,
}

impl fmt::Display for TooBig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is too big", self.value)
    }
}

impl Error for TooBig {}

fn check(v: u32) -> Result<u32, TooBig> {
    if v > 10 { Err(TooBig { value: v }) } else { Ok(v) }
}

fn run(input: &str) -> Result<u32, Box<dyn Error>> {
    let n: u32 = input.parse()?;
    let ok = check(n)?;
    Ok(ok * 3)
}

fn main() {
    for s in ["3", "30", "q"] {
        match run(s) {
            Ok(v) => println!("{} -> {}", s, v),
            Err(e) => println!("{} -> error: {}", s, e),
        }
    }
}
// expect: 3 -> 9
// expect: 30 -> error: 30 is too big
// expect: q -> error: invalid digit found in string

// expect on Err(own error) panics with the message and the error's Debug, not its Display.
use std::fmt;

#[derive(Debug)]
struct Oops {
    code: u8,
}

impl fmt::Display for Oops {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "oops #{}", self.code)
    }
}

fn risky(n: u8) -> Result<u8, Oops> {
    if n > 2 { Err(Oops { code: n }) } else { Ok(n) }
}

fn main() {
    println!("{}", risky(1).expect("first"));
    println!("{}", risky(3).unwrap_err());
    risky(4).expect("second call failed");
}
// expect: 1
// expect: oops #3
// panic: second call failed: Oops { code: 4 }
// panic-at: 22:14

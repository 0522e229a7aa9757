// An own error struct implementing Display and Error, boxed by ? into Box<dyn Error> from main.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct InsufficientFunds {
    needed: u32,
    available: u32,
}

impl fmt::Display for InsufficientFunds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "need {} but have {}", self.needed, self.available)
    }
}

impl Error for InsufficientFunds {}

fn withdraw(balance: u32, amount: u32) -> Result<u32, InsufficientFunds> {
    if amount > balance {
        Err(InsufficientFunds { needed: amount, available: balance })
    } else {
        Ok(balance - amount)
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let left = withdraw(100, 30)?;
    println!("left {left}");
    let left = withdraw(left, 80)?;
    println!("left {left}");
    Ok(())
}
// expect: left 70
// stderr: Error: InsufficientFunds { needed: 80, available: 70 }
// exit: 1

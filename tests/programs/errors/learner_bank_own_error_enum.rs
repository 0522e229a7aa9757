// A bank with its own error enum implementing Display and Error, Result and ? inside methods, Box<dyn Error> collecting a ParseIntError and the enum.
use std::collections::HashMap;
use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum BankError {
    NoSuchAccount(String),
    Insufficient { needed: u64, available: u64 },
    Frozen,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(name) => write!(f, "no account named {}", name),
            BankError::Insufficient { needed, available } => {
                write!(f, "needed {} but only {} available", needed, available)
            }
            BankError::Frozen => write!(f, "account frozen"),
        }
    }
}

impl Error for BankError {}

struct Bank {
    accounts: HashMap<String, u64>,
    frozen: Vec<String>,
}

impl Bank {
    fn new() -> Self {
        Bank { accounts: HashMap::new(), frozen: Vec::new() }
    }
    fn open(&mut self, name: &str, amount: u64) {
        self.accounts.insert(name.to_string(), amount);
    }
    fn balance(&self, name: &str) -> Result<u64, BankError> {
        self.accounts.get(name).copied().ok_or_else(|| BankError::NoSuchAccount(name.to_string()))
    }
    fn withdraw(&mut self, name: &str, amount: u64) -> Result<u64, BankError> {
        if self.frozen.iter().any(|f| f == name) {
            return Err(BankError::Frozen);
        }
        let available = self.balance(name)?;
        if amount > available {
            return Err(BankError::Insufficient { needed: amount, available });
        }
        let left = available - amount;
        self.accounts.insert(name.to_string(), left);
        Ok(left)
    }
    fn transfer(&mut self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        self.balance(to)?;
        self.withdraw(from, amount)?;
        *self.accounts.get_mut(to).unwrap() += amount;
        Ok(())
    }
}

fn run(bank: &mut Bank) -> Result<u64, Box<dyn Error>> {
    bank.transfer("ann", "bob", 30)?;
    let n: u64 = "12".parse()?;
    bank.withdraw("bob", n)?;
    Ok(bank.balance("bob")?)
}

fn main() {
    let mut bank = Bank::new();
    bank.open("ann", 100);
    bank.open("bob", 5);
    match bank.withdraw("ann", 500) {
        Ok(left) => println!("left {}", left),
        Err(e) => println!("error: {}", e),
    }
    match bank.transfer("ann", "zed", 1) {
        Ok(()) => println!("moved"),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    bank.frozen.push(String::from("bob"));
    if let Err(e) = bank.withdraw("bob", 1) {
        println!("error: {e}");
    }
    bank.frozen.clear();
    match run(&mut bank) {
        Ok(b) => println!("bob has {}", b),
        Err(e) => println!("run failed: {}", e),
    }
    let e: Box<dyn Error> = Box::new(BankError::Frozen);
    println!("boxed: {}", e.to_string());
}
// expect: error: needed 500 but only 100 available
// expect: error: no account named zed / NoSuchAccount("zed")
// expect: error: account frozen
// expect: bob has 23
// expect: boxed: account frozen

// Exercism-style: a bank account with open/close state as Option<u64> and Result errors for each misuse.
#[derive(Debug, PartialEq)]
enum BankError {
    AccountClosed,
    AlreadyOpen,
    InsufficientFunds { balance: u64, wanted: u64 },
}

struct BankAccount {
    balance: Option<u64>,
}

impl BankAccount {
    fn new() -> Self {
        BankAccount { balance: None }
    }

    fn open(&mut self) -> Result<(), BankError> {
        match self.balance {
            Some(_) => Err(BankError::AlreadyOpen),
            None => {
                self.balance = Some(0);
                Ok(())
            }
        }
    }

    fn deposit(&mut self, amount: u64) -> Result<u64, BankError> {
        let balance = self.balance.as_mut().ok_or(BankError::AccountClosed)?;
        *balance += amount;
        Ok(*balance)
    }

    fn withdraw(&mut self, amount: u64) -> Result<u64, BankError> {
        let balance = self.balance.as_mut().ok_or(BankError::AccountClosed)?;
        if *balance < amount {
            return Err(BankError::InsufficientFunds { balance: *balance, wanted: amount });
        }
        *balance -= amount;
        Ok(*balance)
    }

    fn close(&mut self) -> Result<u64, BankError> {
        self.balance.take().ok_or(BankError::AccountClosed)
    }
}

fn main() {
    let mut acct = BankAccount::new();
    println!("{:?}", acct.deposit(10));
    println!("{:?}", acct.open());
    println!("{:?}", acct.open());
    println!("{:?}", acct.deposit(100));
    println!("{:?}", acct.withdraw(30));
    println!("{:?}", acct.withdraw(500));
    println!("{:?}", acct.close());
    println!("{:?}", acct.close());
}
// expect: Err(AccountClosed)
// expect: Ok(())
// expect: Err(AlreadyOpen)
// expect: Ok(100)
// expect: Ok(70)
// expect: Err(InsufficientFunds { balance: 70, wanted: 500 })
// expect: Ok(70)
// expect: Err(AccountClosed)

// A user's error enum travels through `?` unchanged, and its String payload is freed when the Err is dropped.
#[derive(Debug)]
enum BankError {
    Insufficient { needed: u32, available: u32 },
    Frozen(String),
}

fn withdraw(balance: u32, amount: u32, frozen: bool) -> Result<u32, BankError> {
    if frozen {
        return Err(BankError::Frozen(String::from("account frozen")));
    }
    if amount > balance {
        return Err(BankError::Insufficient { needed: amount, available: balance });
    }
    Ok(balance - amount)
}

fn twice(balance: u32, amount: u32, frozen: bool) -> Result<u32, BankError> {
    let once = withdraw(balance, amount, frozen)?;
    let again = withdraw(once, amount, frozen)?;
    Ok(again)
}

fn main() {
    println!("{:?}", twice(100, 30, false));
    println!("{:?}", twice(50, 30, false));
    println!("{:?}", twice(50, 30, true));
    println!("{}", std::mem::size_of::<Result<u32, BankError>>());
}
// expect: Ok(40)
// expect: Err(Insufficient { needed: 30, available: 20 })
// expect: Err(Frozen("account frozen"))
// expect: 24

// Reading a private field from outside its module is E0616.
mod bank {
    pub struct Account {
        balance: u64,
    }

    impl Account {
        pub fn new() -> Account {
            Account { balance: 10 }
        }
    }
}

fn main() {
    let a = bank::Account::new();
    println!("{}", a.balance);
}
// error: E0616 at 16:22

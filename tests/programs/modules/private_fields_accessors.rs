// Private fields behind public methods: the module decides how the value may change.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: u64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: String::from(owner), balance: 0 }
        }

        pub fn deposit(&mut self, amount: u64) {
            self.balance += amount;
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }
    }
}

fn main() {
    let mut a = bank::Account::open("ann");
    a.deposit(40);
    a.deposit(2);
    println!("{} has {}", a.owner, a.balance());
}
// expect: ann has 42

// A `pub struct` keeps its fields private unless each is marked `pub`: reading one from outside is E0616.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: u64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: String::from(owner), balance: 100 }
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }
    }
}

fn main() {
    let a = bank::Account::open("ann");
    println!("{} has {}", a.owner, a.balance());
    println!("{}", a.balance);
}
// error: E0616 at 22:22

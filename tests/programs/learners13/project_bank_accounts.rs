// A small bank: trait Account with provided methods, two account kinds in a Vec<Box<dyn Account>>, monthly interest by closure.
trait Account {
    fn id(&self) -> u32;
    fn balance(&self) -> i64;
    fn deposit(&mut self, amount: i64);
    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        if amount > self.balance() {
            return Err(format!("account {}: insufficient funds ({} < {})", self.id(), self.balance(), amount));
        }
        self.deposit(-amount);
        Ok(())
    }
    fn kind(&self) -> &'static str;
}

struct Checking {
    id: u32,
    cents: i64,
}

struct Savings {
    id: u32,
    cents: i64,
    rate_percent: i64,
}

impl Account for Checking {
    fn id(&self) -> u32 {
        self.id
    }
    fn balance(&self) -> i64 {
        self.cents
    }
    fn deposit(&mut self, amount: i64) {
        self.cents += amount;
    }
    fn kind(&self) -> &'static str {
        "checking"
    }
}

impl Account for Savings {
    fn id(&self) -> u32 {
        self.id
    }
    fn balance(&self) -> i64 {
        self.cents
    }
    fn deposit(&mut self, amount: i64) {
        self.cents += amount;
    }
    fn kind(&self) -> &'static str {
        "savings"
    }
}

fn main() {
    let mut bank: Vec<Box<dyn Account>> = vec![
        Box::new(Checking { id: 1, cents: 5_000 }),
        Box::new(Savings { id: 2, cents: 100_000, rate_percent: 2 }),
    ];
    for acc in bank.iter_mut() {
        match acc.withdraw(20_000) {
            Ok(()) => println!("withdrew from {} {}: now {}", acc.kind(), acc.id(), acc.balance()),
            Err(e) => println!("error: {}", e),
        }
    }
    let interest = |cents: i64| cents * 2 / 100;
    for acc in bank.iter_mut().filter(|a| a.kind() == "savings") {
        let i = interest(acc.balance());
        acc.deposit(i);
        println!("interest {} -> {}", i, acc.balance());
    }
    let total: i64 = bank.iter().map(|a| a.balance()).sum();
    println!("total {}.{:02}", total / 100, total % 100);
}
// expect: error: account 1: insufficient funds (5000 < 20000)
// expect: withdrew from savings 2: now 80000
// expect: interest 1600 -> 81600
// expect: total 866.00

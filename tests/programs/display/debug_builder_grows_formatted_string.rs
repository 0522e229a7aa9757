// A debug_struct impl formatted into a String (format! with {:#?}) pushes each of the builder's writes in turn, so the String grows as std's does.
use std::fmt;

struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

impl fmt::Debug for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Account")
            .field("owner", &self.owner)
            .field("balance", &self.balance)
            .field("history", &self.history)
            .finish()
    }
}

fn main() {
    let a = Account { owner: String::from("Ann"), balance: -20, history: vec![5, -25] };
    let short = format!("{:?}", a);
    let long = format!("{:#?}", a);
    println!("{} ({} bytes)", short, short.len());
    println!("{}", long);
    println!("{}", long.capacity() >= long.len());
}
// expect: Account { owner: "Ann", balance: -20, history: [5, -25] } (57 bytes)
// expect: Account {
// expect:     owner: "Ann",
// expect:     balance: -20,
// expect:     history: [
// expect:         5,
// expect:         -25,
// expect:     ],
// expect: }
// expect: true

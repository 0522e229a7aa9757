// Fields are read through an Rc by auto-deref, and the struct's Debug prints as if there were no Rc.
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let acct = Rc::new(Account { owner: String::from("ana"), balance: 120 });
    let view = Rc::clone(&acct);
    println!("{} has {}", view.owner, view.balance);
    println!("{:?}", acct);
}
// expect: ana has 120
// expect: Account { owner: "ana", balance: 120 }

// A shared borrow of one field and a `&mut` of another can both be used.
struct Account {
    name: String,
    balance: i32,
}

fn main() {
    let mut acct = Account { name: String::from("Ann"), balance: 10 };
    let name = &acct.name;
    let bal = &mut acct.balance;
    *bal += 5;
    println!("{} {}", name, bal);
}
// expect: Ann 15

// Two owners of one Rc<RefCell<Account>> deposit and withdraw; an overdraft is refused.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    balance: i64,
}

fn withdraw(acc: &Rc<RefCell<Account>>, amount: i64) -> Result<i64, String> {
    let mut a = acc.borrow_mut();
    if a.balance < amount {
        return Err(format!("insufficient: {} < {}", a.balance, amount));
    }
    a.balance -= amount;
    Ok(a.balance)
}

fn main() {
    let shared = Rc::new(RefCell::new(Account { balance: 100 }));
    let partner = Rc::clone(&shared);
    partner.borrow_mut().balance += 50;
    println!("{:?}", withdraw(&shared, 120));
    println!("{:?}", withdraw(&partner, 120));
    println!("{:?}", shared.borrow());
}
// expect: Ok(30)
// expect: Err("insufficient: 30 < 120")
// expect: Account { balance: 30 }

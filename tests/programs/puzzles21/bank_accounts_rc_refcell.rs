// Shared accounts: Rc<RefCell<Account>> owned by a bank and by customers, transfers through borrow_mut, strong counts printed.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    id: u32,
    balance: i64,
}

struct Bank {
    accounts: BTreeMap<u32, Rc<RefCell<Account>>>,
}

impl Bank {
    fn open(&mut self, id: u32, balance: i64) -> Rc<RefCell<Account>> {
        let acc = Rc::new(RefCell::new(Account { id, balance }));
        self.accounts.insert(id, Rc::clone(&acc));
        acc
    }

    fn transfer(&self, from: u32, to: u32, amount: i64) -> Result<(), String> {
        let src = self.accounts.get(&from).ok_or(format!("no account {}", from))?;
        let dst = self.accounts.get(&to).ok_or(format!("no account {}", to))?;
        if src.borrow().balance < amount {
            return Err(format!("account {} has only {}", from, src.borrow().balance));
        }
        src.borrow_mut().balance -= amount;
        dst.borrow_mut().balance += amount;
        Ok(())
    }
}

fn main() {
    let mut bank = Bank { accounts: BTreeMap::new() };
    let alice = bank.open(1, 100);
    let bob = bank.open(2, 20);
    println!("{:?}", bank.transfer(1, 2, 30));
    println!("{:?}", bank.transfer(2, 1, 500));
    println!("{:?}", bank.transfer(3, 1, 5));
    println!("alice {:?}, bob {:?}", alice.borrow(), bob.borrow());
    println!("strong counts: {} {}", Rc::strong_count(&alice), Rc::strong_count(&bob));
    bank.accounts.remove(&2);
    println!("after close: {}", Rc::strong_count(&bob));
    let total: i64 = bank.accounts.values().map(|a| a.borrow().balance).sum();
    println!("bank total: {}", total);
    alice.borrow_mut().balance *= 2;
    for (id, acc) in &bank.accounts {
        println!("{} -> {}", id, acc.borrow().balance);
    }
    drop(bank);
    println!("alice alone: {} {}", Rc::strong_count(&alice), alice.borrow().id);
}
// expect: Ok(())
// expect: Err("account 2 has only 50")
// expect: Err("no account 3")
// expect: alice Account { id: 1, balance: 70 }, bob Account { id: 2, balance: 50 }
// expect: strong counts: 2 2
// expect: after close: 1
// expect: bank total: 70
// expect: 1 -> 140
// expect: alice alone: 1 1

// Two owners sharing an account through Rc<RefCell<Account>>, with a method that borrows mutably.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

struct Person {
    name: String,
    account: Rc<RefCell<Account>>,
}

fn main() {
    let acct = Rc::new(RefCell::new(Account { owner: "joint".into(), balance: 0 }));
    let alice = Person { name: "Alice".into(), account: Rc::clone(&acct) };
    let bob = Person { name: "Bob".into(), account: Rc::clone(&acct) };
    alice.account.borrow_mut().deposit(100);
    bob.account.borrow_mut().deposit(-30);
    for p in [&alice, &bob] {
        println!("{} sees {}", p.name, p.account.borrow().balance);
    }
    println!("{} owners, {:?}", Rc::strong_count(&acct), acct.borrow());
    drop(alice);
    println!("{}", Rc::strong_count(&acct));
}
// expect: Alice sees 70
// expect: Bob sees 70
// expect: 3 owners, Account { owner: "joint", balance: 70 }
// expect: 2

// An Rc<RefCell<Account>> shared by clones: borrow_mut through a function, a RefMut held in a block, strong counts as owners drop.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn deposit(acc: &Rc<RefCell<Account>>, amount: i64) {
    acc.borrow_mut().balance += amount;
}

fn main() {
    let shared = Rc::new(RefCell::new(Account { owner: "ann".to_string(), balance: 10 }));
    let a = Rc::clone(&shared);
    let b = shared.clone();
    deposit(&a, 5);
    deposit(&b, 20);
    println!("{} has {}", shared.borrow().owner, shared.borrow().balance);
    println!("rc count {}", Rc::strong_count(&shared));
    {
        let mut acc = shared.borrow_mut();
        acc.owner.push_str("-marie");
        acc.balance -= 1;
    }
    drop(a);
    println!("{:?} count {}", shared.borrow(), Rc::strong_count(&b));
}
// expect: ann has 35
// expect: rc count 3
// expect: Account { owner: "ann-marie", balance: 34 } count 2

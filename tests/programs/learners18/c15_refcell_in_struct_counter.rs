// Interior mutability: a Cell counter and a RefCell cache in a struct used through &self.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

struct Fib {
    calls: Cell<u32>,
    memo: RefCell<HashMap<u64, u64>>,
}

impl Fib {
    fn get(&self, n: u64) -> u64 {
        self.calls.set(self.calls.get() + 1);
        if n < 2 {
            return n;
        }
        if let Some(&v) = self.memo.borrow().get(&n) {
            return v;
        }
        let v = self.get(n - 1) + self.get(n - 2);
        self.memo.borrow_mut().insert(n, v);
        v
    }
}

fn main() {
    let f = Fib { calls: Cell::new(0), memo: RefCell::new(HashMap::new()) };
    println!("{}", f.get(30));
    println!("calls {}", f.calls.get());
}
// expect: 832040
// expect: calls 59

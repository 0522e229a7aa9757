// A struct whose cache is a RefCell<HashMap>, filled through &self by a memoizing method.
use std::cell::RefCell;
use std::collections::HashMap;

struct Fib {
    cache: RefCell<HashMap<u64, u64>>,
}

impl Fib {
    fn get(&self, n: u64) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(v) = self.cache.borrow().get(&n) {
            return *v;
        }
        let v = self.get(n - 1) + self.get(n - 2);
        self.cache.borrow_mut().insert(n, v);
        v
    }
}

fn main() {
    let f = Fib { cache: RefCell::new(HashMap::new()) };
    println!("{}", f.get(30));
    println!("{}", f.cache.borrow().len());
}
// expect: 832040
// expect: 29

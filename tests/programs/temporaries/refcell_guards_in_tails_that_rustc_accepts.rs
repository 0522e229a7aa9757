// Guards made in a tail are fine when what they borrow outlives the statement: a method's `self`, a closure's capture, a RefCell reached through a reference or an outer Rc, or a guard dropped by its own `let`.
use std::cell::RefCell;
use std::rc::Rc;

struct Log {
    items: RefCell<Vec<String>>,
}

impl Log {
    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn first(&self) -> Option<String> {
        self.items.borrow().first().cloned()
    }

    fn add(&self, s: &str) {
        self.items.borrow_mut().push(s.to_string())
    }
}

fn main() {
    let log = Log { items: RefCell::new(vec![]) };
    log.add("a");
    println!("{} {:?}", log.len(), log.first());
    let c = RefCell::new(vec![1, 2, 3]);
    let count = || c.borrow().len();
    println!("{}", count());
    let n = {
        let r = &c;
        r.borrow().len()
    };
    let shared = Rc::new(RefCell::new(5));
    let m = { *shared.borrow() + 1 };
    let k = {
        let s2 = Rc::clone(&shared);
        let v = *s2.borrow();
        v
    };
    println!("{} {} {}", n, m, k);
    if let Ok(mut g) = c.try_borrow_mut() {
        g.push(4);
    }
    println!("{:?}", c.borrow());
}
// expect: 1 Some("a")
// expect: 3
// expect: 3 6 5
// expect: [1, 2, 3, 4]

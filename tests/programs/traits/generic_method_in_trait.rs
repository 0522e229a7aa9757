// A trait method with its own type parameter, `fn log<T: Debug>(&self, t: T)`, called with several types through a generic caller.
use std::fmt::Debug;

trait Logger {
    fn prefix(&self) -> String;
    fn log<T: Debug>(&self, t: T) {
        println!("{}: {:?}", self.prefix(), t);
    }
}

struct Console {
    level: u8,
}

impl Logger for Console {
    fn prefix(&self) -> String {
        format!("L{}", self.level)
    }
}

fn log_all<L: Logger>(l: &L) {
    l.log(1);
    l.log("two");
    l.log(vec![3, 4]);
}

fn main() {
    let c = Console { level: 2 };
    log_all(&c);
    c.log(Some('x'));
}
// expect: L2: 1
// expect: L2: "two"
// expect: L2: [3, 4]
// expect: L2: Some('x')

// A generic function bounded by Display formats the learner's type through its impl, in each instance.
use std::fmt::{self, Display};

struct Celsius(f64);

impl Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fn describe<T: Display>(label: &str, value: T) -> String {
    format!("{}: {}", label, value)
}

fn main() {
    println!("{}", describe("now", Celsius(21.456)));
    println!("{}", describe("count", 3));
}
// expect: now: 21.5°C
// expect: count: 3

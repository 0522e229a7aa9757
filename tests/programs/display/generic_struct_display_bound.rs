// Display for a generic struct bounded by T: Display prints any T that has Display, the learner's own included.
use std::fmt::{self, Display};

struct Labeled<T> {
    label: &'static str,
    value: T,
}

impl<T: Display> Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.label, self.value)
    }
}

struct Meters(u32);

impl Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}m", self.0)
    }
}

fn main() {
    let a = Labeled { label: "count", value: 3 };
    let b = Labeled { label: "name", value: String::from("Ann") };
    let c = Labeled { label: "height", value: Meters(12) };
    println!("{}", a);
    println!("{}", b);
    println!("{}", c);
}
// expect: count: 3
// expect: name: Ann
// expect: height: 12m

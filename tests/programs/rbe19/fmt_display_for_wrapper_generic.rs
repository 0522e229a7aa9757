// A generic wrapper's Display delegating to the inner value's, with width and precision passed on.
use std::fmt;

struct Labeled<T> {
    label: &'static str,
    value: T,
}

impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}=", self.label)?;
        self.value.fmt(f)
    }
}

fn main() {
    let a = Labeled { label: "pi", value: 3.14159 };
    let b = Labeled { label: "n", value: 42 };
    println!("[{}] [{:.2}] [{:>6}]", a, a, b);
    println!("{}", Labeled { label: "s", value: "text" });
}
// expect: [pi=3.14159] [pi=3.14] [n=    42]
// expect: s=text

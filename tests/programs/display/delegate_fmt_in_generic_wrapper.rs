// A generic wrapper's Display (T: Display) hands the Formatter to its value with value.fmt(f): each instance formats its own type with the caller's spec.
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
    let c = Labeled { label: "name", value: "ferris" };
    println!("{:.2}", a);
    println!("[{:>5}]", b);
    println!("[{:<8}]", c);
    println!("{}", Labeled { label: "inner", value: b });
}
// expect: pi=3.14
// expect: [n=   42]
// expect: [name=ferris  ]
// expect: inner=n=42

// impl<T: Display> Display for Labeled<T> and a function taking &[T] where T: Display, printing padded.
use std::fmt;

struct Labeled<T> {
    label: &'static str,
    value: T,
}

impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<6}= {}", self.label, self.value)
    }
}

fn print_all<T: fmt::Display>(items: &[T]) {
    for (i, it) in items.iter().enumerate() {
        println!("[{}] {}", i, it);
    }
}

fn main() {
    let a = Labeled { label: "pi", value: 3.14159 };
    let b = Labeled { label: "e", value: 2.71828 };
    print_all(&[a, b]);
    print_all(&[Labeled { label: "name", value: "ferris" }]);
    let s = Labeled { label: "n", value: 42 }.to_string();
    println!("{:?} {}", s, s.len());
}
// expect: [0] pi    = 3.14159
// expect: [1] e     = 2.71828
// expect: [0] name  = ferris
// expect: "n     = 42" 10

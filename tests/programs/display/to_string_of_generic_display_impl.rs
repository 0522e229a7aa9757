// `to_string` on a generic struct whose Display impl needs `T: Display`, with T a float literal not yet settled to f64.
use std::fmt;
struct Labeled<T> {
    label: &'static str,
    value: T,
}
impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} = {}", self.label, self.value)
    }
}
fn main() {
    let a = Labeled { label: "pi", value: 3.14 };
    let b = Labeled { label: "n", value: 7 };
    println!("{} / {}", a.to_string(), b.to_string());
}
// expect: pi = 3.14 / n = 7

// Without a T: Display bound, printing the T inside the impl is E0277 at the argument.
use std::fmt;

struct Wrapper<T> {
    value: T,
}

impl<T> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.value)
    }
}

fn main() {
    let w = Wrapper { value: 1 };
    println!("{}", w);
}
// error: E0277 at 10:27

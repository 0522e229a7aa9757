// Implementing std's Display for std's Vec<i32> breaks the orphan rule: E0117.
use std::fmt;

impl fmt::Display for Vec<i32> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} items", self.len())
    }
}

fn main() {
    println!("{}", vec![1, 2]);
}
// error: E0117 at 4:1

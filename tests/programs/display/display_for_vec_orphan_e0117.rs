// impl fmt::Display for Vec<String> breaks the orphan rule: E0117.
use std::fmt;

impl fmt::Display for Vec<String> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.join(", "))
    }
}

fn main() {
    println!("{}", vec![String::from("a")]);
}
// error: E0117 at 4:1

// write! needs a &mut Formatter: through a & reference it is E0596.
use std::fmt;

struct P(i32);

fn helper(f: &fmt::Formatter, v: i32) -> fmt::Result {
    write!(f, "{}", v)
}

impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        helper(f, self.0)
    }
}

fn main() {
    println!("{}", P(1));
}
// error: E0596 at 7:12

// A println! inside a Display impl that eprintln! is formatting goes to stdout at once; stderr gets the whole eprintln! line.
use std::fmt;

struct P;

impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        println!("inner");
        write!(f, "P")
    }
}

fn main() {
    eprintln!("e {} f", P);
}
// expect: inner
// stderr: e P f

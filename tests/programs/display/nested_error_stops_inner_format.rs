// A write! whose argument's impl returns Err stops at it and returns Err; the impl around it may carry on.
use std::fmt;

struct Fails;

impl fmt::Display for Fails {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "x")?;
        Err(fmt::Error)
    }
}

struct Careful;

impl fmt::Display for Careful {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = write!(f, "<{}>", Fails);
        write!(f, " failed={}", r.is_err())
    }
}

fn main() {
    println!("[{}]", Careful);
}
// expect: [<x failed=true]

// to_string of a value whose Display impl returns Err panics with std's ToString message.
use std::fmt;

struct Broken(u8);

impl fmt::Display for Broken {
    fn fmt(&self, _f: &mut fmt::Formatter) -> fmt::Result {
        Err(fmt::Error)
    }
}

fn main() {
    let b = Broken(1);
    println!("{}", b.0);
    let s = b.to_string();
    println!("{}", s);
}
// expect: 1
// panic: a Display implementation returned an error unexpectedly: Error
// panic-at: library/alloc/src/string.rs:2916:14

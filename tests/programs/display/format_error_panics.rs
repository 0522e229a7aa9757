// An impl that returns Err(fmt::Error) makes format! panic inside std, after the writes made before it.
use std::fmt;

struct Broken;

impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "half")?;
        Err(fmt::Error)
    }
}

fn main() {
    println!("before");
    let s = format!("[{}]", Broken);
    println!("{}", s);
}
// expect: before
// panic: a formatting trait implementation returned an error when the underlying stream did not: Error
// panic-at: library/alloc/src/fmt.rs:655:14

// The newtype pattern: Wrapper(Vec<String>) implements Display (an orphan rule workaround), joining with ", " inside brackets.
use std::fmt;

struct Wrapper(Vec<String>);

impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0.join(", "))
    }
}

fn main() {
    let w = Wrapper(vec![String::from("hello"), String::from("world")]);
    println!("w = {w}");
    println!("{}", std::mem::size_of::<Wrapper>());
}
// expect: w = [hello, world]
// expect: 24

// The newtype pattern: Wrapper(Vec<String>) with Display, to print a Vec as [a, b].
use std::fmt;

struct Wrapper(Vec<String>);

impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0.join(", "))
    }
}

fn main() {
    let w = Wrapper(vec![String::from("hello"), String::from("world")]);
    println!("w = {}", w);
    let empty = Wrapper(Vec::new());
    println!("empty = {}", empty);
    let s = w.to_string();
    println!("as string: {} ({} bytes)", s, s.len());
    println!("inner len {}", w.0.len());
}
// expect: w = [hello, world]
// expect: empty = []
// expect: as string: [hello, world] (14 bytes)
// expect: inner len 2

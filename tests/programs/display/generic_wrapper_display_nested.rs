// impl<T: Display> Display for Wrapper<T> nests: a Wrapper of a Wrapper of an i32, padded with {:>8} through f.pad-less write!.
use std::fmt;

struct Wrapper<T>(T);

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

fn main() {
    let w = Wrapper(Wrapper(7));
    println!("{}", w);
    println!("{:>8}|", Wrapper("hi"));
    let s = w.to_string();
    println!("{} {}", s, s.len());
}
// expect: [[7]]
// expect: [hi]|
// expect: [[7]] 5

// A T: Display bound gives T std's to_string, which runs the learner's impl in the instance for their type.
use std::fmt::{self, Display};

struct Point(i32, i32);

impl Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.0, self.1)
    }
}

fn shout<T: Display>(value: T) -> String {
    let mut s = value.to_string();
    s.push('!');
    s
}

fn main() {
    println!("{}", shout(Point(1, 2)));
    println!("{}", shout(42));
    println!("{}", shout("hi"));
}
// expect: (1, 2)!
// expect: 42!
// expect: hi!

// A learner's blanket impl: impl<T: Display> Shout for T, used on i32, &str and a learner's Display type.
use std::fmt::Display;

trait Shout {
    fn shout(&self) -> String;
}

impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        format!("{}!", self.to_string().to_uppercase())
    }
}

struct Name(&'static str);

impl Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "name:{}", self.0)
    }
}

fn main() {
    println!("{}", 42.shout());
    println!("{}", "hey".shout());
    println!("{}", Name("ann").shout());
}
// expect: 42!
// expect: HEY!
// expect: NAME:ANN!

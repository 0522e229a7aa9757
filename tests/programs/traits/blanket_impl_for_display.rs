// A blanket impl<T: Display> Shout for T gives the method to i32, &str and the learner's Display type alike.
use std::fmt;

trait Shout {
    fn shout(&self) -> String;
}

impl<T: fmt::Display> Shout for T {
    fn shout(&self) -> String {
        format!("{}!", self.to_string().to_uppercase())
    }
}

struct Name(String);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "name {}", self.0)
    }
}

fn main() {
    println!("{}", 42.shout());
    println!("{}", "hey".shout());
    println!("{}", Name(String::from("ann")).shout());
}
// expect: 42!
// expect: HEY!
// expect: NAME ANN!

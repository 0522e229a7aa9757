// A generic impl covers every type its bound allows: impl<T: Display> Shout for T.
use std::fmt::Display;

trait Shout {
    fn shout(&self) -> String;
}

impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        format!("{}!!", self)
    }
}

fn main() {
    println!("{}", 5.shout());
    println!("{}", "hey".shout());
    println!("{}", String::from("yo").shout());
}
// expect: 5!!
// expect: hey!!
// expect: yo!!

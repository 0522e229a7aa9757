// `impl Display` as a parameter's type is an anonymous type parameter: each call with another type runs its own instance.
use std::fmt::Display;

fn shout(x: impl Display) -> String {
    format!("{}!", x)
}

fn main() {
    println!("{}", shout(5));
    println!("{}", shout("hi"));
    println!("{}", shout(2.5));
}
// expect: 5!
// expect: hi!
// expect: 2.5!

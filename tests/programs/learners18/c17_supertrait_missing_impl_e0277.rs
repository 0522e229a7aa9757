// Implementing a trait whose supertrait Display the type lacks is E0277.
use std::fmt;

trait Entity: fmt::Display {
    fn hp(&self) -> i32;
}

struct Orc;

impl Entity for Orc {
    fn hp(&self) -> i32 {
        1
    }
}

fn main() {
    println!("{}", Orc.hp());
}
// error: E0277 at 10:17

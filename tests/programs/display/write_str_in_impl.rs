// f.write_str writes a str as it is, one write, and returns fmt::Result.
use std::fmt;

enum Light {
    Red,
    Green,
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Light::Red => f.write_str("stop"),
            Light::Green => f.write_str("go"),
        }
    }
}

fn main() {
    let s = format!("{} then {}", Light::Red, Light::Green);
    println!("{} ({})", s, s.capacity());
}
// expect: stop then go (16)

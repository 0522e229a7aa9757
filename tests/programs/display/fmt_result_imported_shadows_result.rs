// `use std::fmt::Result;` makes the bare name Result fmt's alias, as learners often write it.
use std::fmt::{Display, Formatter, Result};

struct Unit;

impl Display for Unit {
    fn fmt(&self, f: &mut Formatter) -> Result {
        f.write_str("()")
    }
}

fn main() {
    println!("unit is {}", Unit);
}
// expect: unit is ()

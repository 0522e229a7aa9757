// An enum's own FromStr with `type Err = ()`: Color::from_str called by path and by parse, then unwrap of its Err panics with `()`.
use std::str::FromStr;
#[derive(Debug, PartialEq)]
enum Color { Red, Green }
impl FromStr for Color {
    type Err = ();
    fn from_str(s: &str) -> Result<Color, ()> {
        match s {
            "red" => Ok(Color::Red),
            "green" => Ok(Color::Green),
            _ => Err(()),
        }
    }
}
fn main() {
    let c: Color = "green".parse().unwrap();
    println!("{:?} {:?}", c, Color::from_str("red"));
    let bad: Color = "blue".parse().unwrap();
    println!("{:?}", bad);
}
// expect: Green Ok(Red)
// panic: called `Result::unwrap()` on an `Err` value: ()
// panic-at: 18:37

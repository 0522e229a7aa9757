// A hand-written Debug is used for each element of a Vec, inside Some and inside a derived Debug of another struct.
use std::fmt;

struct Celsius(f64);

impl fmt::Debug for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}°C", self.0)
    }
}

#[derive(Debug)]
struct Reading {
    place: &'static str,
    temp: Celsius,
}

fn main() {
    let temps = vec![Celsius(20.5), Celsius(-3.0)];
    println!("{:?}", temps);
    let maybe = Some(Celsius(37.0));
    println!("{:?}", maybe);
    let r = Reading { place: "roof", temp: Celsius(12.25) };
    println!("{:?}", r);
}
// expect: [20.5°C, -3°C]
// expect: Some(37°C)
// expect: Reading { place: "roof", temp: 12.25°C }

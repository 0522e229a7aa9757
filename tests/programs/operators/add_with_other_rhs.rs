// An Add impl may take another type on the right: Millimeters + Meters gives Millimeters.
use std::ops::Add;

#[derive(Debug)]
struct Millimeters(u32);
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + other.0 * 1000)
    }
}

fn main() {
    let total = Millimeters(500) + Meters(2);
    println!("{:?}", total);
}
// expect: Millimeters(2500)

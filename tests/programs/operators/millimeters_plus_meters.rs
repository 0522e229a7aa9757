// Add<Meters> for Millimeters: a non-default Rhs type parameter, a newtype on each side.
use std::ops::Add;

#[derive(Debug)]
struct Millimeters(u32);
#[derive(Debug)]
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;

    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + (other.0 * 1000))
    }
}

fn main() {
    let total = Millimeters(500) + Meters(2);
    println!("{:?}", total);
}
// expect: Millimeters(2500)

// With only Add<Meters> implemented, Millimeters + Millimeters is E0308 at the right operand.
use std::ops::Add;

struct Millimeters(u32);
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + (other.0 * 1000))
    }
}

fn main() {
    let total = Millimeters(500) + Millimeters(2);
    println!("{}", total.0);
}
// error: E0308 at 15:36

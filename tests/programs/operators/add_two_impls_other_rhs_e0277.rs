// With two Add impls for Millimeters (Meters and u32 on the right), adding a Millimeters is E0277: no impl takes it.
use std::ops::Add;

struct Millimeters(u32);
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + other.0 * 1000)
    }
}

impl Add<u32> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: u32) -> Millimeters {
        Millimeters(self.0 + other)
    }
}

fn main() {
    let a = Millimeters(1) + 5u32;
    let b = a + Millimeters(2);
    println!("{}", b.0);
}
// error: E0277 at 23:15

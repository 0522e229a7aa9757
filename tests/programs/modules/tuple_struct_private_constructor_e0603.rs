// A tuple struct with a private field has a private constructor: `Meters(5)` from outside is E0603.
mod units {
    pub struct Meters(u32);

    pub fn meters(n: u32) -> Meters {
        Meters(n)
    }
}

fn main() {
    let m = units::meters(3);
    let n = units::Meters(5);
}
// error: E0603 at 12:20

// An associated type in an inherent impl is unstable: E0658.
struct Meters;

impl Meters {
    type Unit = f64;
}

fn main() {}
// error: E0658 at 5:5

// A Display impl that hands its Formatter to its f64 (self.0.fmt(f)) passes the caller's width, precision and alignment on to std's float formatting.
use std::fmt;

struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)?;
        write!(f, " m")
    }
}

fn main() {
    let d = Meters(2.5);
    println!("{}", d);
    println!("[{:>8.2}]", d);
    println!("[{:<8}]", d);
    let s = format!("{:.1}", Meters(3.14159));
    println!("{}", s);
}
// expect: 2.5 m
// expect: [    2.50 m]
// expect: [2.5      m]
// expect: 3.1 m

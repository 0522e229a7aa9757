// impl PartialEq<Inches> for Cm compares two different types with ==, and a hand-written PartialOrd orders Cm values.
use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Cm(f64);
struct Inches(f64);

impl PartialEq<Inches> for Cm {
    fn eq(&self, other: &Inches) -> bool {
        (self.0 - other.0 * 2.54).abs() < 1e-9
    }
}

impl PartialOrd for Cm {
    fn partial_cmp(&self, other: &Cm) -> Option<Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    println!("{}", Cm(2.54) == Inches(1.0));
    println!("{}", Cm(3.0) == Inches(1.0));
    println!("{} {}", Cm(1.0) < Cm(2.0), Cm(5.0) >= Cm(5.0));
    println!("{:?}", Cm(1.0).partial_cmp(&Cm(f64::NAN)));
}
// expect: true
// expect: false
// expect: true true
// expect: None

// Derived PartialEq and PartialOrd on newtypes; a conversion between two of them before comparing.
#[derive(PartialEq, PartialOrd)]
struct Centimeters(f64);

#[derive(Debug)]
struct Inches(i32);

impl Inches {
    fn to_centimeters(&self) -> Centimeters {
        let &Inches(inches) = self;
        Centimeters(inches as f64 * 2.54)
    }
}

struct Seconds(i32);

fn main() {
    let _one_second = Seconds(1);
    let foot = Inches(12);
    println!("One foot equals {:?}", foot);
    let meter = Centimeters(100.0);
    let cmp = if foot.to_centimeters() < meter { "smaller" } else { "bigger" };
    println!("One foot is {} than one meter.", cmp);
}
// expect: One foot equals Inches(12)
// expect: One foot is smaller than one meter.

// A traffic-light state machine: next(self) -> Self consuming the enum, with a duration per state.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Green,
    Yellow,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
    fn seconds(&self) -> u32 {
        match self {
            Light::Red => 30,
            Light::Green => 25,
            Light::Yellow => 5,
        }
    }
}

fn main() {
    let mut l = Light::Red;
    let mut total = 0;
    for _ in 0..5 {
        total += l.seconds();
        print!("{:?} ", l);
        l = l.next();
    }
    println!();
    println!("total {} back to red: {}", total, l == Light::Red);
}
// expect: Red Green Yellow Red Green 
// expect: total 115 back to red: false

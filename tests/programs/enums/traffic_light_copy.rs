// A Copy enum with methods taking &self and self: the value is copied into each call, the original stays usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    Yellow,
    Green,
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
            Light::Yellow => 5,
            Light::Green => 25,
        }
    }
}

fn main() {
    let start = Light::Red;
    let mut light = start;
    let mut total = 0;
    loop {
        total += light.seconds();
        light = light.next();
        if light == start {
            break;
        }
    }
    println!("{:?} cycle takes {} s", start, total);
}
// expect: Red cycle takes 60 s

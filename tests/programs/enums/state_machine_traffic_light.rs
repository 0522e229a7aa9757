// An enum state machine advances through variants by value, carrying a counter in one of them.
#[derive(Debug)]
enum Light {
    Red { waited: u32 },
    Green,
    Yellow,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red { waited } if waited < 2 => Light::Red { waited: waited + 1 },
            Light::Red { .. } => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red { waited: 0 },
        }
    }
}

fn main() {
    let mut light = Light::Red { waited: 0 };
    for _ in 0..6 {
        println!("{:?}", light);
        light = light.next();
    }
    println!("{:?}", light);
}
// expect: Red { waited: 0 }
// expect: Red { waited: 1 }
// expect: Red { waited: 2 }
// expect: Green
// expect: Yellow
// expect: Red { waited: 0 }
// expect: Red { waited: 1 }

// The book's Guess::new validating its range, panicking with a formatted message.
pub struct Guess {
    value: i32,
}

impl Guess {
    pub fn new(value: i32) -> Guess {
        if value < 1 || value > 100 {
            panic!("Guess value must be between 1 and 100, got {value}.");
        }
        Guess { value }
    }

    pub fn value(&self) -> i32 {
        self.value
    }
}

fn main() {
    let g = Guess::new(50);
    println!("{}", g.value());
    let bad = Guess::new(200);
    println!("{}", bad.value());
}
// expect: 50
// panic: Guess value must be between 1 and 100, got 200.
// panic-at: 9:13

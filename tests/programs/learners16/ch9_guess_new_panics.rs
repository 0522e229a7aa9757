// The book's Guess::new panicking when the value is out of 1..=100.
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
    let g = Guess::new(42);
    println!("{}", g.value());
    let h = Guess::new(200);
    println!("{}", h.value());
}
// expect: 42
// panic: Guess value must be between 1 and 100, got 200.
// panic-at: 9:13

// A `&mut self` method changes the struct it is called on.
struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Self {
        Counter { count: 0 }
    }

    fn tick(&mut self) {
        self.count += 1;
    }

    fn get(&self) -> u32 {
        self.count
    }
}

fn main() {
    let mut c = Counter::new();
    c.tick();
    c.tick();
    c.tick();
    println!("count = {}", c.get());
}
// expect: count = 3

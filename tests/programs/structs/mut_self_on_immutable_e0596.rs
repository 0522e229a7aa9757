// Calling a `&mut self` method on a variable not declared `mut` is E0596.
struct Counter {
    count: u32,
}

impl Counter {
    fn tick(&mut self) {
        self.count += 1;
    }
}

fn main() {
    let c = Counter { count: 0 };
    c.tick();
    println!("{}", c.count);
}
// error: E0596 at 14:5

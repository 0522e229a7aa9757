// `v.push(Box::new(x))` into a `Vec<Box<dyn Trait>>` coerces each argument; the Vec grows as std's does and every Box is freed at the end.
trait Item {
    fn weight(&self) -> u32;
}

struct Rock(u32);
struct Feather;

impl Item for Rock {
    fn weight(&self) -> u32 {
        self.0
    }
}

impl Item for Feather {
    fn weight(&self) -> u32 {
        0
    }
}

fn main() {
    let mut bag: Vec<Box<dyn Item>> = Vec::new();
    bag.push(Box::new(Rock(5)));
    bag.push(Box::new(Feather));
    bag.push(Box::new(Rock(2)));
    let mut sum = 0;
    for item in &bag {
        sum += item.weight();
    }
    println!("{} items, {} kg", bag.len(), sum);
}
// expect: 3 items, 7 kg

// A struct field of type `Box<dyn Trait>` is given a Box of a concrete type; the struct's drop frees it with the concrete size.
trait Engine {
    fn power(&self) -> u32;
}

struct Electric {
    kw: u32,
}

impl Engine for Electric {
    fn power(&self) -> u32 {
        self.kw
    }
}

struct Car {
    engine: Box<dyn Engine>,
    seats: u8,
}

fn main() {
    let car = Car { engine: Box::new(Electric { kw: 150 }), seats: 4 };
    println!("{} kW, {} seats", car.engine.power(), car.seats);
}
// expect: 150 kW, 4 seats

// A generic report function with a where clause over two type parameters and a trait with an associated const.
use std::fmt::{Debug, Display};

trait Unit {
    const SYMBOL: &'static str;
    fn value(&self) -> f64;
}

#[derive(Debug)]
struct Meters(f64);
#[derive(Debug)]
struct Grams(f64);

impl Unit for Meters {
    const SYMBOL: &'static str = "m";
    fn value(&self) -> f64 {
        self.0
    }
}
impl Unit for Grams {
    const SYMBOL: &'static str = "g";
    fn value(&self) -> f64 {
        self.0
    }
}

fn report<T, L>(label: L, items: &[T]) -> f64
where
    T: Unit + Debug,
    L: Display,
{
    let total: f64 = items.iter().map(|i| i.value()).sum();
    println!("{}: {:?} => {}{}", label, items, total, T::SYMBOL);
    total
}

fn main() {
    let a = report("distances", &[Meters(1.5), Meters(2.25)]);
    let b = report(String::from("weights"), &[Grams(100.0)]);
    println!("{}", a + b);
}
// expect: distances: [Meters(1.5), Meters(2.25)] => 3.75m
// expect: weights: [Grams(100.0)] => 100g
// expect: 103.75

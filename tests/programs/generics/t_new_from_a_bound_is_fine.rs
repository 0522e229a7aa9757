// `T::new()` and `T::default()` through bounds that give them (a learner's trait, Default) are found: accepted and run.
trait Make {
    fn new() -> Self;
}

#[derive(Debug, Default)]
struct Thing(u8);

impl Make for Thing {
    fn new() -> Self {
        Thing(7)
    }
}

fn both<T: Make + Default + std::fmt::Debug>() -> (T, T) {
    (T::new(), T::default())
}

fn main() {
    let (a, b): (Thing, Thing) = both();
    println!("{:?} {:?}", a, b);
}
// expect: Thing(7) Thing(0)

// Default derived and hand-written, used with struct update syntax ..Default::default() and T::default() in a generic function.
#[derive(Debug, Default)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
}

#[derive(Debug)]
struct Level(u8);

impl Default for Level {
    fn default() -> Self {
        Level(3)
    }
}

fn fresh<T: Default>() -> T {
    T::default()
}

fn main() {
    let c = Config { retries: 5, ..Default::default() };
    println!("{:?}", c);
    let l: Level = fresh();
    println!("{:?} {:?}", l, fresh::<Config>());
    let z = Config { name: String::from("x"), ..c };
    println!("{} {} {}", z.name, z.retries, z.verbose);
}
// expect: Config { name: "", retries: 5, verbose: false }
// expect: Level(3) Config { name: "", retries: 0, verbose: false }
// expect: x 5 false

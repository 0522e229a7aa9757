// An associated function named by its type's path (`Celsius::from_f`) is a value `map` calls.
#[derive(Debug)]
struct Celsius(f64);

impl Celsius {
    fn from_f(f: f64) -> Celsius {
        Celsius((f - 32.0) * 5.0 / 9.0)
    }
}

fn main() {
    let temps = vec![32.0, 212.0];
    let c: Vec<Celsius> = temps.iter().copied().map(Celsius::from_f).collect();
    println!("{:?}", c);
}
// expect: [Celsius(0.0), Celsius(100.0)]

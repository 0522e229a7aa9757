// Exercism space-age: a trait with a provided method and an associated const per planet struct, generic over the planet.
struct Duration(u64);

impl From<u64> for Duration {
    fn from(s: u64) -> Self {
        Duration(s)
    }
}

trait Planet {
    const PERIOD: f64;
    const NAME: &'static str;
    fn years_during(d: &Duration) -> f64 {
        d.0 as f64 / 31_557_600.0 / Self::PERIOD
    }
}

struct Earth;
struct Mercury;
struct Neptune;

impl Planet for Earth {
    const PERIOD: f64 = 1.0;
    const NAME: &'static str = "Earth";
}
impl Planet for Mercury {
    const PERIOD: f64 = 0.2408467;
    const NAME: &'static str = "Mercury";
}
impl Planet for Neptune {
    const PERIOD: f64 = 164.79132;
    const NAME: &'static str = "Neptune";
}

fn report<P: Planet>(seconds: u64) {
    let d = Duration::from(seconds);
    println!("{:>8}: {:.2} years", P::NAME, P::years_during(&d));
}

fn main() {
    report::<Earth>(1_000_000_000);
    report::<Mercury>(2_134_835_688);
    report::<Neptune>(1_821_023_456);
}
// expect:    Earth: 31.69 years
// expect:  Mercury: 280.88 years
// expect:  Neptune: 0.35 years

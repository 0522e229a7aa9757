// Methods on a field-less enum return constants per variant, and a derived Debug names each one.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Planet {
    Mercury,
    Earth,
    Jupiter,
}

impl Planet {
    fn mass(&self) -> f64 {
        match self {
            Planet::Mercury => 3.303e23,
            Planet::Earth => 5.976e24,
            Planet::Jupiter => 1.9e27,
        }
    }

    fn radius(self) -> f64 {
        match self {
            Self::Mercury => 2.4397e6,
            Self::Earth => 6.37814e6,
            Self::Jupiter => 7.1492e7,
        }
    }

    fn surface_gravity(&self) -> f64 {
        const G: f64 = 6.67300E-11;
        G * self.mass() / (self.radius() * self.radius())
    }
}

fn main() {
    let planets = [Planet::Mercury, Planet::Earth, Planet::Jupiter];
    for p in planets.iter() {
        println!("{:?}: g = {:.2}", p, p.surface_gravity());
    }
    println!("{}", planets[1] == Planet::Earth);
}
// expect: Mercury: g = 3.70
// expect: Earth: g = 9.80
// expect: Jupiter: g = 24.81
// expect: true

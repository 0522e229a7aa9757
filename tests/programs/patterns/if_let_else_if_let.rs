// An `if let ... else if let ... else` chain tries patterns in order, each binding only in its own branch.
enum Reading {
    Celsius(f64),
    Fahrenheit(f64),
    Missing,
}

fn describe(r: &Reading) -> String {
    if let Reading::Celsius(c) = r {
        format!("{c} C")
    } else if let Reading::Fahrenheit(f) = r {
        format!("{} C", (f - 32.0) * 5.0 / 9.0)
    } else {
        String::from("no reading")
    }
}

fn main() {
    for r in [Reading::Celsius(21.5), Reading::Fahrenheit(212.0), Reading::Missing] {
        println!("{}", describe(&r));
    }
}
// expect: 21.5 C
// expect: 100 C
// expect: no reading

// A struct with `&'static str` fields needs no lifetime parameter, and a `static` of it is read by reference.
#[derive(Debug)]
struct Config {
    name: &'static str,
    level: u8,
}

static DEFAULT: Config = Config { name: "default", level: 1 };

fn make(loud: bool) -> Config {
    if loud { Config { name: "loud", level: 9 } } else { Config { name: DEFAULT.name, level: DEFAULT.level } }
}

fn main() {
    let c = make(true);
    let d = make(false);
    let r: &'static Config = &DEFAULT;
    println!("{:?} {:?} {}", c, d, r.level);
}
// expect: Config { name: "loud", level: 9 } Config { name: "default", level: 1 } 1

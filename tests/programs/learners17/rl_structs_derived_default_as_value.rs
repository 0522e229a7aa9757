// Rustlings-style: a derived `Default`'s function named as a value (`unwrap_or_else(Config::default)`, `or_insert_with`).
use std::collections::BTreeMap;

#[derive(Debug, Default, Clone)]
struct Config {
    verbose: bool,
    level: u8,
    name: String,
}

#[derive(Debug, Default)]
enum Mode {
    #[default]
    Idle,
    Busy,
}

fn main() {
    let missing: Option<Config> = None;
    let c = missing.unwrap_or_else(Config::default);
    println!("{:?}", c);
    let make = Config::default;
    let mut d = make();
    d.level = 3;
    println!("{:?}", d);
    let mut modes: BTreeMap<&str, Mode> = BTreeMap::new();
    modes.entry("a").or_insert_with(Mode::default);
    modes.insert("b", Mode::Busy);
    println!("{:?}", modes);
    let filled: Vec<Config> = (0..2).map(|_| Config::default()).collect();
    println!("{}", filled.len());
}
// expect: Config { verbose: false, level: 0, name: "" }
// expect: Config { verbose: false, level: 3, name: "" }
// expect: {"a": Idle, "b": Busy}
// expect: 2

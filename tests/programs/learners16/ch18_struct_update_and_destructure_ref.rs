// Destructuring a &Config with a struct pattern binding references, after a struct update expression.
#[derive(Debug, Clone)]
struct Config {
    name: String,
    verbose: bool,
    level: u8,
}

fn main() {
    let base = Config { name: String::from("base"), verbose: false, level: 1 };
    let loud = Config { verbose: true, level: 3, ..base.clone() };
    let Config { name, verbose, .. } = &loud;
    println!("{} {} {:?}", name, verbose, base);
    match &loud {
        Config { level: 3..=5, name, .. } => println!("high {}", name),
        Config { .. } => println!("low"),
    }
}
// expect: base true Config { name: "base", verbose: false, level: 1 }
// expect: high base

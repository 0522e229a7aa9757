// A struct update ..base moves base's String; using base.name afterwards is E0382.
#[derive(Debug)]
struct Config {
    name: String,
    level: u8,
}

fn main() {
    let base = Config { name: String::from("base"), level: 1 };
    let other = Config { level: 2, ..base };
    println!("{:?} {}", other, base.name);
}
// error: E0382 at 11:32

// Calling .clone() on a struct that doesn't derive Clone: E0599 no method named `clone`.
struct Config {
    name: String,
}

fn main() {
    let c = Config { name: String::from("x") };
    let d = c.clone();
    println!("{} {}", c.name, d.name);
}
// error: E0599 at 8:15

// #[derive(Debug)] on a Car whose engine field is a struct without Debug: rustc rejects the derived impl at the field (E0277 "`Engine` doesn't implement `Debug`"); the engine printed it.
struct Engine {
    hp: u32,
}
#[derive(Debug)]
struct Car {
    name: String,
    engine: Engine,
}
fn main() {
    let c = Car { name: String::from("a"), engine: Engine { hp: 100 } };
    println!("{:?}", c);
}
// error: E0277 at 8:5

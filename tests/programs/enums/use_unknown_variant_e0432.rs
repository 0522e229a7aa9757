// `use` of a variant the enum does not have is error E0432.
enum Color {
    Red,
    Green,
}
use Color::{Green, Blue};

fn main() {
    let c = Color::Red;
    match c {
        Color::Red => println!("red"),
        Green => println!("green"),
    }
}
// error: E0432 at 6:20

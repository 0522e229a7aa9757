// Returning a bare trait name as a type (no `dyn`, no Box) is an error in edition 2021 (E0782).
struct Sheep {}

trait Animal {
    fn noise(&self) -> &'static str;
}

impl Animal for Sheep {
    fn noise(&self) -> &'static str {
        "baaaaah!"
    }
}

fn random_animal() -> Animal {
    Sheep {}
}

fn main() {
    println!("{}", random_animal().noise());
}
// error: E0782 at 14:23

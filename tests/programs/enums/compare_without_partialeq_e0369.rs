// Comparing two enum values with == needs #[derive(PartialEq)]: without it rustc says E0369 at the operator.
enum Light {
    Red,
    Green,
}

fn main() {
    let a = Light::Red;
    let b = Light::Green;
    if a == b {
        println!("same");
    }
}
// error: E0369 at 10:10

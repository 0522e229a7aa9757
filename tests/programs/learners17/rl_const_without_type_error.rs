// Rustlings-style: a `const` without its type is rejected (rustc: "missing type for `const` item").
const NUMBER = 3;
fn main() {
    println!("Number {}", NUMBER);
}
// error: "missing type for `const` item" at 2:13

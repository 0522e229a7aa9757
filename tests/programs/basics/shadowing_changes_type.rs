// Shadowing declares a new variable with the same name, which may have a different type.
fn main() {
    let spaces = "   ";
    let spaces = spaces.len();
    println!("{}", spaces);
}
// expect: 3

// Rustlings-style: assigning to a name never declared with `let` is E0425.
fn main() {
    x = 5;
    println!("x has the value {}", x);
}
// error: E0425 at 3:5

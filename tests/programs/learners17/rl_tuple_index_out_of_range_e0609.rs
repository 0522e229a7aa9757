// Rustlings-style: reading `.3` of a three-element tuple is E0609.
fn main() {
    let numbers = (1, 2, 3);
    let fourth = numbers.3;
    println!("{}", fourth);
}
// error: E0609 at 4:26

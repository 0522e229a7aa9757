// A bool cannot initialise a u8 variable: mismatched types.
fn main() {
    let x: u8 = true;
    println!("{}", x);
}
// error: E0308 at 3:17

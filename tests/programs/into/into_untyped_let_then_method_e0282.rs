// A method on the result of an untyped `into` needs its type first: E0282 at the `let`'s pattern.
fn main() {
    let x: u8 = 5;
    let n = x.into();
    println!("{}", n.pow(2));
}
// error: E0282 at 4:9

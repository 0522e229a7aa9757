// Parsing f64, bool and char from strings, with their errors printed by std's Display.
fn main() {
    println!("{:?}", "3.25".parse::<f64>());
    println!("{:?}", "true".parse::<bool>());
    println!("{:?}", "x".parse::<char>());
    match "yes".parse::<bool>() {
        Ok(b) => println!("{}", b),
        Err(e) => println!("error: {}", e),
    }
    match "1.2.3".parse::<f64>() {
        Ok(f) => println!("{}", f),
        Err(e) => println!("error: {}", e),
    }
}
// expect: Ok(3.25)
// expect: Ok(true)
// expect: Ok('x')
// expect: error: provided string was not `true` or `false`
// expect: error: invalid float literal

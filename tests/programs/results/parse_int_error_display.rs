// Printing a ParseIntError with {} writes std's description of its kind.
fn main() {
    match "12a".parse::<i32>() {
        Ok(n) => println!("{n}"),
        Err(e) => println!("{}", e),
    }
}
// expect: invalid digit found in string

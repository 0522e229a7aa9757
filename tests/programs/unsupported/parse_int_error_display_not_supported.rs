// Printing a ParseIntError with {} uses std's Display impl, which the engine does not run yet: "not supported yet" at the argument, not an E0277 that would call the program wrong.
fn main() {
    match "12a".parse::<i32>() {
        Ok(n) => println!("{n}"),
        Err(e) => println!("{}", e),
    }
}
// expect: invalid digit found in string
// unsupported: `{}` of std's `ParseIntError`

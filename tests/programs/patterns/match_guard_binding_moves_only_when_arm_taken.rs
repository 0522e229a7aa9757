// A binding in an arm with a guard only borrows while the guard runs: a failed guard leaves the String where it was, for the next arm to move.
fn main() {
    let entry = (String::from("tea"), 3);
    match entry {
        (name, n) if n > 5 => println!("many {}", name),
        (name, n) => println!("{} x{}", name, n),
    }
}
// expect: tea x3

// Matching "42".parse::<i32>() and "x".parse::<i32>() as Ok and Err, printing the error.
fn main() {
    for s in ["42", "x", "-7", ""] {
        match s.parse::<i32>() {
            Ok(n) => println!("{} -> {}", s, n),
            Err(e) => println!("{:?} -> error: {}", s, e),
        }
    }
}
// expect: 42 -> 42
// expect: "x" -> error: invalid digit found in string
// expect: -7 -> -7
// expect: "" -> error: cannot parse integer from empty string

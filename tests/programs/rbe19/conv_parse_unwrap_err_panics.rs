// Unwrapping a failed parse panics with ParseIntError's Debug in the message.
fn main() {
    let ok: i32 = "12".parse().unwrap();
    println!("{}", ok);
    let bad: i32 = "12a".parse().unwrap();
    println!("{}", bad);
}
// expect: 12
// panic: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }
// panic-at: 5:34

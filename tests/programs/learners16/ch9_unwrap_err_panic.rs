// unwrap on a failed parse panics with the ParseIntError's Debug form.
fn main() {
    let good: i32 = "12".parse().unwrap();
    println!("{}", good);
    let bad: i32 = "twelve".parse().unwrap();
    println!("{}", bad);
}
// expect: 12
// panic: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }
// panic-at: 5:37

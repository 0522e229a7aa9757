// Rust-by-Example-style: Results partitioned, then `into_iter().map(Result::unwrap).collect()` (std collects in place into the same buffer: not supported yet, at `collect`).
fn main() {
    let strings = vec!["tofu", "93", "18"];
    let (numbers, errors): (Vec<_>, Vec<_>) = strings.iter().map(|s| s.parse::<i32>()).partition(Result::is_ok);
    let numbers: Vec<_> = numbers.into_iter().map(Result::unwrap).collect();
    println!("Numbers: {:?} ({} errors)", numbers, errors.len());
}
// expect: Numbers: [93, 18] (1 errors)
// unsupported: collecting `Result<i32, ParseIntError>`s into a `Vec<i32>` in the buffer they came from is not supported yet at 5:67

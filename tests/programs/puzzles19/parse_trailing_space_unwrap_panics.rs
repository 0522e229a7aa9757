// parse::<i64>() of a token with a trailing carriage return fails; unwrap panics with the ParseIntError's Debug.
fn main() {
    let input = "12\n7\r\n3";
    let mut sum = 0i64;
    for line in input.split('\n') {
        sum += line.parse::<i64>().unwrap();
    }
    println!("{sum}");
}
// panic: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }
// panic-at: 6:36

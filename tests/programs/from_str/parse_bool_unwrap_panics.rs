// unwrap on a failed parse::<bool>() panics with the Debug of std's ParseBoolError, a unit struct.
fn main() {
    let answers = ["true", "false", "maybe"];
    for a in answers {
        let b: bool = a.parse().unwrap();
        println!("{}", b);
    }
}
// expect: true
// expect: false
// panic: called `Result::unwrap()` on an `Err` value: ParseBoolError
// panic-at: 5:33

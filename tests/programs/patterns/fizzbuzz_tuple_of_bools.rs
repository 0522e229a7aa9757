// Matching a tuple of two booleans covers all four cases without a wildcard.
fn main() {
    for i in 1..=15 {
        let word = match (i % 3 == 0, i % 5 == 0) {
            (true, true) => String::from("FizzBuzz"),
            (true, false) => String::from("Fizz"),
            (false, true) => String::from("Buzz"),
            (false, false) => i.to_string(),
        };
        println!("{}", word);
    }
}
// expect: 1
// expect: 2
// expect: Fizz
// expect: 4
// expect: Buzz
// expect: Fizz
// expect: 7
// expect: 8
// expect: Fizz
// expect: Buzz
// expect: 11
// expect: Fizz
// expect: 13
// expect: 14
// expect: FizzBuzz

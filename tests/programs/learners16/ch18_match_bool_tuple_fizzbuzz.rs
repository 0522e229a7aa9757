// FizzBuzz by matching a tuple of two booleans.
fn main() {
    for i in 1..=15 {
        let s = match (i % 3 == 0, i % 5 == 0) {
            (true, true) => String::from("FizzBuzz"),
            (true, false) => String::from("Fizz"),
            (false, true) => String::from("Buzz"),
            (false, false) => i.to_string(),
        };
        print!("{} ", s);
    }
    println!();
}
// expect: 1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz 

// A match on (bool, bool) that misses (false, false): E0004.
fn main() {
    let i = 7;
    let s = match (i % 3 == 0, i % 5 == 0) {
        (true, true) => "FizzBuzz",
        (true, false) => "Fizz",
        (false, true) => "Buzz",
    };
    println!("{}", s);
}
// error: E0004 at 4:19

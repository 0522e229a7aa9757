// char::from_digit with a radix above 36 panics inside core, at core's location.
fn main() {
    let radix = 40;
    println!("start");
    println!("{:?}", char::from_digit(1, radix));
}
// expect: start
// panic: from_digit: radix is too high (maximum 36)
// panic-at: library/core/src/char/convert.rs:332:9

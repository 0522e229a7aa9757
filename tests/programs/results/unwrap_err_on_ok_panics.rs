// unwrap_err hands back the error, and on an Ok panics with the Ok value's Debug text.
fn main() {
    let bad: Result<i32, String> = Err(String::from("nope"));
    println!("{}", bad.unwrap_err());
    let good: Result<i32, String> = Ok(3);
    good.unwrap_err();
}
// expect: nope
// panic: called `Result::unwrap_err()` on an `Ok` value: 3
// panic-at: 6:10

// unwrap_err on an Ok panics with "called `Result::unwrap_err()` on an `Ok` value: 5".
fn main() {
    let r: Result<i32, String> = Ok(5);
    let e = r.unwrap_err();
    println!("{}", e);
}
// panic: called `Result::unwrap_err()` on an `Ok` value: 5
// panic-at: 4:15

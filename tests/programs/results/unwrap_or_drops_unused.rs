// unwrap_or drops the default it does not return, and the error it replaces: both Strings are freed.
fn main() {
    let good: Result<String, String> = Ok(String::from("kept"));
    let a = good.unwrap_or(String::from("spare"));
    let bad: Result<String, String> = Err(String::from("error text"));
    let b = bad.unwrap_or(String::from("fallback"));
    println!("{} {}", a, b);
}
// expect: kept fallback

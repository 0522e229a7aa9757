// `?` on a Result or an ok_or with a `&str` error, in a function returning Result<_, String>, converts the error with std's From<&str> for String: a String of exactly its length.
fn check(age: i32) -> Result<i32, String> {
    if age < 0 { Err("negative")?; }
    let s: Result<u8, &str> = if age > 200 { Err("too old") } else { Ok(age as u8) };
    let v = s?;
    Ok(v as i32 * 2)
}
fn main() {
    println!("{:?} {:?} {:?}", check(5), check(-1), check(300));
}
// expect: Ok(10) Err("negative") Err("too old")

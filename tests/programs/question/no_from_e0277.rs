// `?` whose error has no From impl into the function's error type is E0277 at the `?`.
#[derive(Debug)]
struct Bad;

fn f() -> Result<i32, Bad> {
    Err(Bad)
}

fn g() -> Result<i32, String> {
    let v = f()?;
    Ok(v)
}

fn main() {
    println!("{:?}", g());
}
// error: E0277 at 10:16
